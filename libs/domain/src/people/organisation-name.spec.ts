import { organisationKey } from './organisation-name';

describe('telling two printings of an organisation name apart', () => {
  it('matches printings that differ in case, spacing, "&", a leading "The" or a final full stop', () => {
    const key = organisationKey('Fernmoor Fire and Rescue Service');
    for (const printed of [
      'fernmoor  fire and rescue service',
      'Fernmoor Fire & Rescue Service',
      'The Fernmoor Fire and Rescue Service.',
    ]) {
      expect(organisationKey(printed)).toBe(key);
    }
  });

  it('keeps apart names that differ in any word, however alike', () => {
    expect(organisationKey('Fernmoor Police')).not.toBe(organisationKey('Fernmoor Police and Crime Commissioner'));
    expect(organisationKey('Fernmoor County Council')).not.toBe(organisationKey('Fernmoor District Council'));
    expect(organisationKey('Theatre Trust')).toBe('theatre trust');
  });
});

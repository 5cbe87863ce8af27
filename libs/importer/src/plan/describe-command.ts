import type { DomainCommand } from '@ledger/domain';

const quote = (text: string, length = 70) => `"${text.length > length ? `${text.slice(0, length - 1)}…` : text}"`;

/** One line saying what a command records, for the plan a person reads. */
export function describeCommand(command: DomainCommand): string {
  switch (command.type) {
    case 'EstablishBody':
      return `establish body ${command.data.bodyId}: ${command.data.name} (${command.data.shortName})`;
    case 'ScheduleMeeting': {
      const { meetingId, startsAt, heldOn, location } = command.data;
      const place = location === undefined ? 'place not stated' : location.kind === 'venue' ? location.venue : location.platform;
      return `schedule meeting ${meetingId} ${startsAt !== undefined ? `at ${startsAt}` : `on ${heldOn} (time not stated)`}, ${place}`;
    }
    case 'AddAgendaItem': {
      const { item } = command.data;
      return `item ${item.number}${item.agendaNumber ? ` (agenda item ${item.agendaNumber})` : ''} [${item.kind}] ${quote(item.title, 60)}`;
    }
    case 'RecordMinuteText':
      return `minute of item ${command.data.itemNumber}: ${command.data.paragraphs.length} paragraph(s), ${command.data.points.length} point(s)`;
    case 'PassResolution':
      return `resolution of item ${command.data.itemNumber}: ${command.data.parts
        .map(
          (part) =>
            `${part.label ? `(${part.label}) ` : ''}${part.kind}${part.effects.length ? ` +${part.effects.map((effect) => effect.kind).join(' +')}` : ''}`,
        )
        .join('; ')}`;
    case 'RecordDeclarationsOfInterest':
      return command.data.declarations.length === 0
        ? `no declarations of interest (item ${command.data.itemNumber})`
        : `declarations of interest (item ${command.data.itemNumber}): ${command.data.declarations.map((d) => `${d.member}, ${d.nature}, ${d.concerningItemNumber !== undefined ? `item ${d.concerningItemNumber}` : (d.concerning ?? 'not stated')}`).join('; ')}`;
    case 'ConfirmPreviousMinutes':
      return `confirm the minutes of ${command.data.previousMeetingId}${describeCorrections(command.data.corrections.length + (command.data.attendanceCorrections?.length ?? 0))} (item ${command.data.itemNumber})`;
    case 'ExcludePressAndPublic':
      return `exclude press and public for item(s) ${command.data.forItemNumbers.join(', ')}, Schedule 12A paragraphs ${command.data.paragraphs.join(', ')} (item ${command.data.itemNumber})`;
    case 'VaryOrderOfBusiness':
      return `order of business varied: ${command.data.order.join(', ')}`;
    case 'RecordPresenters': {
      const { itemNumber, presentedBy, unableToAttend } = command.data;
      const names = (people: { name: string }[]) => people.map((person) => person.name).join(', ');
      return `item ${itemNumber} ${presentedBy.length ? `presented by ${names(presentedBy)}` : ''}${presentedBy.length && unableToAttend.length ? '; ' : ''}${unableToAttend.length ? `${names(unableToAttend)} unable to attend` : ''}`;
    }
    case 'RecordMeetingChair':
      return `${command.data.chair} in the chair${command.data.fromItemNumber ? ` from item ${command.data.fromItemNumber}` : ''}`;
    default:
      return command.type;
  }
}

function describeCorrections(count: number): string {
  return count > 0 ? ` with ${count} correction(s)` : '';
}

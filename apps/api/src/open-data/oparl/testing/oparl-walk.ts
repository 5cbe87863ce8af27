import { BODY_LISTS } from '../oparl-urls';
import { BACK_REFERENCES, listProblems, objectProblems } from './oparl-conformance';

export type Json = Record<string, unknown>;

/** What a client meets walking an OParl API from its System: every object reached, and every problem on the way. */
export interface Walk {
  readonly objects: ReadonlyMap<string, Json>;
  readonly problems: readonly string[];
}

export async function getJson(url: string): Promise<{ status: number; headers: Headers; json: Json }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

/** Every object of a list, following `next` from page to page, with what is wrong with each page. */
export async function everyObjectOf(url: string, problems: string[] = []): Promise<Json[]> {
  const objects: Json[] = [];
  for (let next: string | undefined = url; next;) {
    const { status, json } = await getJson(next);
    if (status !== 200) problems.push(`${next} answered ${status}`);
    problems.push(...listProblems(json).map((problem) => `${next}: ${problem}`));
    objects.push(...((json.data as Json[] | undefined) ?? []));
    next = (json.links as { next?: string } | undefined)?.next;
  }
  return objects;
}

/**
 * Walks from the System through every body and every list of each (in pages of `pageSize`), checks
 * each object's conformance, fetches each id and compares it with the object listed, and compares
 * each embedded object with its object fetched alone, less the references back to its parent.
 */
export async function walkOParl(system: string, pageSize: number): Promise<Walk> {
  const problems: string[] = [];
  const objects = new Map<string, Json>();
  const embedded: [string, Json][] = [];
  const check = (found: Json) => {
    problems.push(...objectProblems(found).map((problem) => `${String(found.id)}: ${problem}`));
    for (const value of Object.values(found)) {
      for (const inner of Array.isArray(value) ? value : [value]) {
        if (inner && typeof inner === 'object' && 'type' in inner) embedded.push([String(found.id), inner as Json]);
      }
    }
  };
  const root = await getJson(system);
  check(root.json);
  objects.set(system, root.json);
  for (const body of await everyObjectOf(root.json.body as string, problems)) {
    check(body);
    objects.set(body.id as string, body);
    for (const list of Object.keys(BODY_LISTS)) {
      for (const item of await everyObjectOf(`${body[list] as string}?limit=${pageSize}`, problems)) {
        check(item);
        if (objects.has(item.id as string)) problems.push(`${String(item.id)} is listed twice`);
        objects.set(item.id as string, item);
      }
    }
  }
  for (const [id, listed] of objects) {
    const alone = await getJson(id);
    if (alone.status !== 200 || JSON.stringify(alone.json) !== JSON.stringify(listed))
      problems.push(`${id} answers ${alone.status} with another object than listed`);
  }
  for (const [parent, inner] of embedded) {
    const alone = objects.get(inner.id as string) ?? (await getJson(inner.id as string)).json;
    const type = String(inner.type).split('/').at(-1)!;
    const wayBack = BACK_REFERENCES[type] ?? [];
    const expected = Object.fromEntries(Object.entries(alone).filter(([key]) => !wayBack.includes(key)));
    if (JSON.stringify(expected) !== JSON.stringify(inner))
      problems.push(`${inner.id as string} embedded in ${parent} is not its object less its way back`);
  }
  return { objects, problems };
}

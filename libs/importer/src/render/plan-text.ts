import type { MeetingLocation } from '@ledger/domain';
import type { MeetingPlan, PlannedItem, PlannedPart } from '../plan/import-plan';
import type { ImportPlan } from '../plan/plan-import';
import { describeSpan, type LineSpan } from '../text/span';

const at = (lines: LineSpan | undefined) => (lines ? `  [${describeSpan(lines)}]` : '');
const clip = (text: string, length = 110) => {
  const single = text.replace(/\s*\n\s*/g, ' / ');
  return single.length > length ? `${single.slice(0, length - 1)}…` : single;
};
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const place = (location: MeetingLocation) => (location.kind === 'venue' ? location.venue : `${location.platform} (online)`);

/** The plan as a person reads it before deciding to record it. */
export function renderPlanText(plan: ImportPlan): string {
  const out: string[] = [];
  if (plan.establishBody) out.push(`Body: ${plan.establishBody.summary}`, '');
  plan.notes.forEach((note) => out.push(`Note: ${note.message}`));
  if (plan.notes.length > 0) out.push('');
  plan.meetings.forEach((meeting, index) => {
    if (index > 0) out.push('', '-'.repeat(100), '');
    out.push(...renderMeeting(meeting));
  });
  return `${out.join('\n')}\n`;
}

function renderMeeting(plan: MeetingPlan): string[] {
  const out: string[] = [];
  const { meeting, document } = plan;
  out.push(`Minutes ${document.name ?? '(unnamed)'}: sha256 ${document.sha256}, ${document.lineCount} lines, ${document.layout} layout`);
  out.push(`Meeting ${plan.meetingId} of body ${plan.bodyId}${at(meeting.lines)}`);
  if (meeting.bodyNameAsPrinted) out.push(`  Body as printed: ${meeting.bodyNameAsPrinted}`);
  out.push(
    `  When:    ${meeting.date} ${meeting.startsAt ? `${meeting.startsAt.slice(11, 16)}  (${meeting.startsAt}` : '(time not stated: recorded as unknown'}; date from ${meeting.dateFrom === 'header' ? 'the header' : '--date'})`,
  );
  const contact = meeting.contactOfficer;
  out.push(`  Where:   ${meeting.location ? place(meeting.location) : 'not stated; recorded as unknown'}`);
  out.push(
    `  Contact: ${contact ? [contact.name, contact.telephone, contact.email].filter(Boolean).join(', ') : 'not stated; recorded as unknown'}`,
  );

  out.push('', `Items (${plan.items.length}), in the order taken`);
  plan.items.forEach((item) => out.push(...renderItem(item)));

  if (plan.declarations.length > 0 || plan.noDeclarations) {
    out.push('', 'Declarations of interest');
    if (plan.noDeclarations) out.push(`  none were made (item ${plan.noDeclarations.itemNumber})${at(plan.noDeclarations.lines)}`);
    plan.declarations.forEach((declaration) =>
      out.push(
        `  ${declaration.member}: ${declaration.nature} interest in ${describeConcerning(declaration)}${declaration.detail ? ` (${declaration.detail})` : ''}${at(declaration.lines)}`,
      ),
    );
  }
  if (plan.previousMinutes.length > 0) {
    out.push('', 'Previous minutes confirmed');
    plan.previousMinutes.forEach((confirmation) => {
      const attendance = confirmation.attendanceCorrections ?? [];
      const none = confirmation.corrections.length + attendance.length === 0;
      out.push(
        `  ${confirmation.previousMeetingId} (held ${confirmation.previousMeetingHeldOn}), item ${confirmation.itemNumber}${none ? ', no corrections' : ''}${at(confirmation.lines)}`,
      );
      confirmation.corrections.forEach((correction) =>
        out.push(
          `    correction of minute ${correction.itemNumber}${correction.point ? `(${correction.point})` : ''}${correction.paragraph ? `, paragraph ${correction.paragraph}` : ''}: ${correction.replacedText ? `"${clip(correction.replacedText, 100)}" to read ` : ''}"${clip(correction.correctedText, 200)}"`,
        ),
      );
      attendance.forEach((correction) => out.push(`    amendment of the attendance list: "${clip(correction, 200)}"`));
    });
  }
  if (plan.exclusions.length > 0) {
    out.push('', 'Exclusion of the press and public');
    plan.exclusions.forEach((exclusion) =>
      out.push(
        `  item ${exclusion.itemNumber} for ${exclusion.forBusinessAsPrinted === undefined ? `item(s) ${exclusion.forItemNumbers.join(', ')}` : `"${exclusion.forBusinessAsPrinted}" (not on this page)`}: Schedule 12A paragraphs ${exclusion.paragraphs.join(', ')} (${exclusion.legalBasis})${at(exclusion.lines)}`,
      ),
    );
  }
  if (plan.chairs.length > 0) {
    out.push('', 'In the chair');
    plan.chairs.forEach((chair) =>
      out.push(`  ${chair.chair}${chair.fromItemNumber ? ` from item ${chair.fromItemNumber}` : ''}${at(chair.lines)}`),
    );
  }
  if (plan.orderOfBusiness) {
    const order = plan.orderOfBusiness;
    out.push('', 'Order of business varied');
    out.push(
      `  ${order.order ? `items taken in the order ${order.order.join(', ')}` : 'the new order is not shown by the page; kept as minute text'}${at(order.lines)}`,
    );
  }

  const included = plan.effects.filter((effect) => effect.status === 'included');
  const heldBack = plan.effects.filter((effect) => effect.status === 'held-back');
  out.push(
    '',
    `Effects (${included.length} recorded in their resolutions and carried out by the process manager; ${heldBack.length} held back)`,
  );
  plan.effects.forEach((effect) =>
    out.push(
      `  ${effect.status === 'held-back' ? 'HELD BACK ' : ''}item ${effect.itemNumber}${effect.part ? ` (${effect.part})` : ''} ${effect.kind}: ${effect.summary}${effect.reason ? ` (${effect.reason})` : ''}${at(effect.lines)}`,
    ),
  );

  out.push('', `Unclassified passages (${plan.unclassified.length})`);
  plan.unclassified.forEach((passage) => {
    out.push(
      `  ${passage.itemNumber ? `item ${passage.itemNumber}` : 'page'}${at(passage.lines)}: ${passage.reason}${passage.keptAsMinuteText ? '; kept as minute text' : ''}`,
    );
    out.push(`    "${clip(passage.text)}"`);
  });

  if (plan.notes.length > 0) {
    out.push('', 'Notes');
    plan.notes.forEach((note) => out.push(`  ${note.message}${at(note.lines)}`));
  }

  const refusals = plan.domainCheck.refusals;
  out.push(
    '',
    refusals.length === 0
      ? 'Domain check: the domain accepts every command of this meeting'
      : `Domain check: ${refusals.length} command(s) would be refused`,
  );
  refusals.forEach((refusal) => out.push(`  ${refusal.commandType}${at(refusal.lines)}: ${refusal.code} ${refusal.message}`));

  const counts = plan.counts;
  const byKind = Object.entries(counts.partsByKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  out.push(
    '',
    `Counts: items ${counts.items}; resolution parts ${counts.resolutionParts}${byKind ? ` (${byKind})` : ''}; declarations ${counts.declarations}; ` +
      `deferrals ${counts.deferrals}; requests ${counts.requests}; follow-ups ${counts.followUps}; unclassified ${counts.unclassified}; ` +
      `held-back effects ${counts.heldBackEffects}; commands ${counts.commands}`,
  );
  out.push('', `Commands (${plan.commands.length})`);
  plan.commands.forEach((planned, index) =>
    out.push(
      `  ${String(index + 1).padStart(3)}. ${planned.command.type.padEnd(28)} ${describeSpan(planned.lines).padEnd(15)} ${planned.summary}`,
    ),
  );
  return out;
}

function renderItem(item: PlannedItem): string[] {
  const out: string[] = [];
  const number = `${item.number}${item.agendaNumber ? ` (agenda ${item.agendaNumber})` : ''}`;
  out.push(
    `  ${number.padStart(15)}  ${item.title}${item.titlePrinted ? '' : ' (no printed title)'}  [${item.kind}${item.kindAssumed ? ', assumed' : ''}]${at(item.lines)}`,
  );
  const indent = ' '.repeat(19);
  if (item.report) out.push(`${indent}report: ${item.report.title}, ${item.report.sizeKb} KB`);
  const person = (someone: { name: string; role?: string }) => `${someone.name}${someone.role ? `, ${someone.role}` : ''}`;
  if (item.presenter) out.push(`${indent}listed to present (agenda): ${person(item.presenter)}`);
  if (item.presentedBy?.length) out.push(`${indent}presented by (minutes): ${item.presentedBy.map(person).join('; ')}`);
  if (item.unableToAttend?.length) out.push(`${indent}unable to attend (minutes): ${item.unableToAttend.map(person).join('; ')}`);
  if (item.exempt) out.push(`${indent}exempt: Schedule 12A paragraphs ${item.exempt.paragraphs.join(', ')}`);
  const points = item.minute.points;
  out.push(
    `${indent}minute: ${plural(item.minute.paragraphs, 'paragraph')}${points.length ? `, points (${points[0]})-(${points[points.length - 1]})` : ''}${item.minute.recorded ? '' : ' (not recorded)'}`,
  );
  if (item.resolution) {
    out.push(`${indent}resolution${item.resolution.form === 'labelled' ? '' : ` (${item.resolution.form})`}:`);
    item.resolution.parts.forEach((part) => out.push(...renderPart(part, indent)));
  }
  return out;
}

function renderPart(part: PlannedPart, indent: string): string[] {
  const label = part.label ? `(${part.label})` : '   ';
  const kind = part.recorded ? part.kind! : part.kind ? `${part.kind}, NOT RECORDED` : 'UNCLASSIFIED';
  const out = [`${indent}  ${label} ${kind.padEnd(29)} ${clip(part.text, 90)}`];
  part.effects.forEach((effect) =>
    out.push(`${indent}        ${effect.status === 'held-back' ? 'held back: ' : '→ '}${effect.kind}: ${effect.summary}`),
  );
  return out;
}

function describeConcerning(declaration: { concerningItemNumber?: string; concerning?: string; concerningAsPrinted?: string }): string {
  if (declaration.concerningItemNumber !== undefined) return `item ${declaration.concerningItemNumber}`;
  if (declaration.concerning === 'all-items') return 'all items';
  if (declaration.concerning === 'not-on-this-page') return `${declaration.concerningAsPrinted ?? 'an item'}, not on this page`;
  return 'an item not stated';
}

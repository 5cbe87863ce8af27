/**
 * Small pages invented for the specifications: other boards, other venues, other habits of
 * writing, in the two layouts ModernGov prints. They are not copies of the samples.
 */

export const NUMBERED_PAGE = `Agenda and minutes

Westmere Community Safety Partnership - Tuesday, 7 March 2023 6.30 pm

Venue: Council Chamber, Westmere Town Hall

Contact: Jane Doe (Tel. 01632 960001)  Email.  jdoe@westmere.example

Items
No. Item

1.

Apologies for absence

Minutes:

Apologies were received from Cllr. K. Payne.

2.

Declarations of interest

Minutes:

Cllr. J. Smith declared a personal interest in item 4: Anti-social Behaviour as a trustee of a local youth charity.

3.

Election of Chairman

Minutes:

RESOLVED – That Cllr. A. Brown be elected Chairman of the Partnership for 2023/24.

4.

Anti-social Behaviour. pdf icon PDF 1.5 MB

The report will be presented by Sam Lee, Community Safety Officer.

Minutes:

The Partnership considered a report of Sam Lee. Arising from discussion the following points were noted:

(i) Reports of anti-social behaviour had fallen.

(ii) Patrols would continue over the summer.

RESOLVED:

(a) That the report be noted;

(b) That a further report on patrols be brought to the next meeting of the Partnership.

5.

Name of the Partnership

Minutes:

RESOLVED: That the proposal be approved and the name of the Partnership be changed to "Westmere Safer Communities Partnership".

6.

Date of next meeting

Minutes:

RESOLVED - That the next meeting take place on Tuesday 6 June 2023 at 6.30 pm.
`;

export const UNNUMBERED_PAGE = `Agenda and minutes

Eastbrook Community Safety Partnership - Wednesday, 4 October 2017 10.00 am

Venue: Parkside, Station Approach, Eastbrook

Contact: Mr. P. Jones (Tel. 01632 960002)  Email.

No. Item




The Chairman welcomed everyone to the meeting.



Minutes of previous meeting. pdf icon PDF 90 KB


The minutes of the meeting held on 5 July 2017 were taken as read and confirmed as a correct record subject to the amendment of minute 6 to read 'The Partnership noted the town centre patrols'.



Declarations of interest


No declarations were made.




Town Centre Patrols. pdf icon PDF 120 KB

Cllr. R. Green will present this report.


Cllr. R. Green presented a report on town centre patrols.


Members asked about evening patrols.




(a) That the report be noted.


(b) That the Partnership continued its support for the patrols.



Exclusion of the press and public


RESOLVED – That under Section 100A of the Local Government Act 1972 the press and public be excluded for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A of the Act.



Staffing matter


The Partnership considered a confidential staffing report.




That the recommendations be approved.
`;

/** A page as a Windows editor saves it. */
export const withWindowsLineEndings = (page: string) => page.replace(/\n/g, '\r\n');

/** Blank lines that hold a non-breaking space, and non-breaking spaces between words, as browsers copy them. */
export const withNonBreakingSpaces = (page: string) =>
  page
    .split('\n')
    .map((line) => (line === '' ? '\u00a0' : line.replace(/ (?=\S)/g, (space, offset: number) => (offset % 3 === 0 ? '\u00a0' : space))))
    .join('\n');

/** Every gap twice as wide. */
export const withExtraBlankLines = (page: string) => page.replace(/\n\n/g, '\n\n\n\n');

/** Typographic quotes and dashes where the page had straight ones. */
export const withCurlyQuotes = (page: string) =>
  page
    .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
    .replace(/(^|[\s(])'([^'\n]*)'/g, '$1\u2018$2\u2019')
    .replace(/ - /g, ' \u2013 ');

/** Runs of spaces and tabs inside lines, as copied from table cells. */
export const withRaggedSpacing = (page: string) => page.replace(/^\((\w+)\) /gm, '($1)\t    ').replace(/\. /g, '.   ');

/** An items table flattened into rows, as some sites' pages copy: title, agenda words and minute on one line. */
export const FLATTENED_TABLE_PAGE = `Agenda and minutes

Westmere Borough Council - Tuesday, 12th November, 2024 6.30 p.m.

Venue: Council Chamber, Westmere Town Hall

No. | Item |
---|---|
Disclosures of Interests To receive disclosures of interests from Members. Minutes: Cllr Ada Brook declared a personal interest in the parks item as a trustee of the Friends of Westmere Park. |
|
Minutes To approve the minutes of the meeting held on 24 September 2024. Minutes: The minutes of the meeting held on 24 September 2024 were approved as a correct record. |
|
Parks Strategy To consider the report of the Director of Place. Minutes: RESOLVED that the parks strategy be approved and a report on its first year be brought to a future meeting. |
`;

/** An issue's history: the issue at the meeting that took it, then the meetings before. */
export const ISSUE_PAGE = `Issue - meetings

Community Safety Plan 2025-28

Meeting: 09/07/2025 - Westmere Cabinet (Item 7)

7 Community Safety Plan 2025-28 pdf icon PDF 310 KB

Minutes:

The Cabinet Member for Communities introduced the plan, which had been shaped by the spring consultation.

RESOLVED:

(a) That the Community Safety Plan 2025-28 be approved.

(b) That progress be reported to the Cabinet in January 2026.

Meeting: 11/06/2025 - Westmere Overview and Scrutiny Committee (Item 5)

5 Community Safety Plan 2025-28 pdf icon PDF 298 KB

Minutes:

The Committee endorsed the draft plan.
`;

/** A decision record: the decision maker's fields, then the decision in the infinitive. */
export const DECISION_PAGE = `Decision details

Lighting in Westmere Underpass

Decision Maker: Cabinet Member for Highways

Decision status: Implemented

Is Key decision?: No

Is subject to call in?: Yes

Decision:

(i) To approve new lighting in the Westmere underpass.

(ii) To note that the work will be paid for from the community safety fund.

Date of decision: 03/03/2025
`;

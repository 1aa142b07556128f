/**
 * The teacher's live view of an activity: pure aggregation over stored rows. Framework-free. It holds
 * counts only, so its size grows with the class, not with what the students wrote: answers' texts and
 * tag notes come separately (answers after a version, notes per student on demand).
 */
import type { Comparison } from "../corpus/schema";
import { type Agreement, compareWithEditors } from "./agreement";
import type { ActivityLabel } from "./labels";

export interface DashboardInput {
  students: { id: string; name: string; joinedAt: Date | string }[];
  /** Current responses only (one per student, passage and label; a removed tag is gone). */
  responses: { studentId: string; passageId: string; label: string; note: string | null }[];
  /** Current answers (their texts are not needed here). */
  answers: { studentId: string; promptId: string }[];
}

export interface Dashboard {
  /** The roster, in joining order: each student's progress and how many notes they wrote on tags. */
  students: {
    id: string;
    name: string;
    joinedAt: string;
    responses: number;
    answers: number;
    notes: number;
  }[];
  participation: { joined: number; active: number; responses: number; answers: number };
  responses: number;
  /** passageId → label id → number of students who gave the passage that label. */
  byPassage: Record<string, Record<string, number>>;
  byLabel: Record<string, number>;
  /** promptId → how many students answered it. */
  answers: Record<string, number>;
  agreement: Agreement;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function buildDashboard(
  input: DashboardInput,
  comparison: Pick<Comparison, "topics" | "documents" | "framing">,
  labels: readonly ActivityLabel[],
): Dashboard {
  const responsesBy = countBy(input.responses, (r) => r.studentId);
  const answersBy = countBy(input.answers, (a) => a.studentId);
  const notesBy = countBy(
    input.responses.filter((r) => r.note),
    (r) => r.studentId,
  );
  const students = [...input.students]
    .sort((a, b) => iso(a.joinedAt).localeCompare(iso(b.joinedAt)) || a.name.localeCompare(b.name))
    .map((s) => ({
      id: s.id,
      name: s.name,
      joinedAt: iso(s.joinedAt),
      responses: responsesBy.get(s.id) ?? 0,
      answers: answersBy.get(s.id) ?? 0,
      notes: notesBy.get(s.id) ?? 0,
    }));

  const byPassage = new Map<string, Map<string, number>>();
  for (const r of input.responses) {
    const counts = byPassage.get(r.passageId) ?? new Map<string, number>();
    counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
    byPassage.set(r.passageId, counts);
  }
  // Labels in the activity's order first, so every label shows, even at zero.
  const byLabel = new Map<string, number>(labels.map((l) => [l.id, 0]));
  for (const [label, n] of countBy(input.responses, (r) => r.label)) byLabel.set(label, n);

  return {
    students,
    participation: {
      joined: input.students.length,
      active: students.filter((s) => s.responses + s.answers > 0).length,
      responses: input.responses.length,
      answers: input.answers.length,
    },
    responses: input.responses.length,
    byPassage: Object.fromEntries([...byPassage].map(([id, counts]) => [id, Object.fromEntries(counts)])),
    byLabel: Object.fromEntries(byLabel),
    answers: Object.fromEntries(countBy(input.answers, (a) => a.promptId)),
    agreement: compareWithEditors(input.responses, comparison),
  };
}

function iso(value: Date | string): string {
  return typeof value === "string" ? value : value.toISOString();
}

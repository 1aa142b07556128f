"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { createRequest, draftProblem, MAX_PROMPTS } from "@/lib/classroom/activity-request";
import type { ActivityLabel } from "@/lib/classroom/labels";
import { type SidePassages, shownPerSide } from "@/lib/classroom/passage-counts";
import type { ActivityPrompt } from "@/lib/classroom/prompts";
import { ErrorSummary, issuesByPath } from "../import/error-summary";
import { Field, INPUT_CLASS } from "../import/field";
import { ActivityCreated } from "./activity-created";
import { ClassApiError, type Created, classJson } from "./class-api";
import { newClientId } from "./client-id";
import { type LabelDraft, LabelEditor, type PromptDraft, PromptEditor } from "./list-editors";
import { PassageChoice } from "./passage-choice";
import { saveJoinCode, saveTeacherToken } from "./storage";
import { PRIMARY } from "./ui";

interface Props {
  comparison: { slug: string; title: string; topics: { id: string; label: string }[] };
  /** Each text's passages by topic: what the passage counts are made from. */
  sides: SidePassages[];
  /** The comparison has an editorial framing lens (the seed): its prompts and frame labels come from it. */
  framingLens: boolean;
  defaultPrompts: ActivityPrompt[];
  defaultLabels: ActivityLabel[];
}

const FIELDSET = "space-y-3 rounded-lg border border-border bg-surface p-4";
const LEGEND = "px-1 font-sans text-lg font-semibold";

/** Title, topics, prompts and labels for a new activity; then, once, its join code and teacher link. */
export function StartActivityForm({ comparison, sides, framingLens, defaultPrompts, defaultLabels }: Props) {
  const [title, setTitle] = useState(comparison.title.slice(0, 120));
  // The whole texts first: the simplest activity, and never two passages out of forty by surprise.
  const [wholeTexts, setWholeTexts] = useState(true);
  const [chosen, setChosen] = useState(() =>
    comparison.topics
      .map((t) => t.id)
      .filter((id) => sides.some((s) => s.topics.some((ts) => ts.includes(id)))),
  );
  const topics = wholeTexts ? comparison.topics.map((t) => t.id) : chosen;
  const [prompts, setPrompts] = useState<PromptDraft[]>(() =>
    defaultPrompts.map((p) => ({ ...p, key: p.id })),
  );
  const [promptsEdited, setPromptsEdited] = useState(false);
  const [labels, setLabels] = useState<LabelDraft[]>(() => defaultLabels.map((l) => ({ ...l, key: l.id })));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const topicLabels = new Map(comparison.topics.map((t) => [t.id, t.label]));
  // Until the teacher edits them, the prompts follow the topics chosen, capped like the server's defaults.
  const forTopics = prompts.filter((p) => p.topic === null || topics.includes(p.topic));
  const shown = promptsEdited ? forTopics : forTopics.slice(0, MAX_PROMPTS);

  const create = useMutation({
    mutationFn: () => {
      const body = createRequest({
        slug: comparison.slug,
        title,
        topics,
        wholeTexts,
        prompts: shown,
        promptsEdited,
        labels,
      });
      return classJson<Created>("/api/classes", { method: "POST", body });
    },
    onSuccess: (created) => {
      saveTeacherToken(created.id, created.teacherToken);
      saveJoinCode(created.id, created.joinCode);
    },
  });

  if (create.data) return <ActivityCreated created={create.data} title={title.trim()} />;

  const error = invalid ? new Error(invalid) : create.error;
  const issues = create.error instanceof ClassApiError ? issuesByPath(create.error.issues) : {};
  const editPrompts = (next: PromptDraft[]) => {
    setPrompts(next);
    setPromptsEdited(true);
  };

  return (
    <form
      className="space-y-6"
      data-ready={ready || undefined}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const passages = shownPerSide(sides, wholeTexts ? null : topics).reduce((n, c) => n + c.shown, 0);
        const problem = draftProblem({ title, topics, passages, shown, promptsEdited, labels });
        setInvalid(problem);
        if (!problem) create.mutate();
      }}
    >
      <ErrorSummary error={error} issues={invalid ? {} : issues} />
      <Field id="activity-title" label="Title of the activity" error={issues.title}>
        {(aria) => (
          <input
            {...aria}
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            className={INPUT_CLASS}
          />
        )}
      </Field>
      <PassageChoice
        topics={comparison.topics}
        sides={sides}
        wholeTexts={wholeTexts}
        onWholeTexts={setWholeTexts}
        chosen={chosen}
        onChosen={setChosen}
      />
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Prompts ({shown.length})</legend>
        <p className="font-sans text-sm text-muted">
          {framingLens
            ? "Suggested from the framing lens for the topics chosen: lateral reading (SIFT) prompts on the claims to trace, and what each text leaves out or cites."
            : "Suggested for any two texts: what each leaves out, who is quoted, and lateral reading (SIFT) on the sources and their evidence."}{" "}
          If you edit the list, keep at most {MAX_PROMPTS}.
        </p>
        <PromptEditor
          items={shown}
          topicLabels={topicLabels}
          onChange={(key, patch) => editPrompts(shown.map((p) => (p.key === key ? { ...p, ...patch } : p)))}
          onRemove={(key) => editPrompts(shown.filter((p) => p.key !== key))}
          onAdd={() => editPrompts([...shown, { key: newClientId(), topic: null, text: "" }])}
        />
      </fieldset>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Labels ({labels.length})</legend>
        <p className="font-sans text-sm text-muted">
          What students tag passages with.
          {framingLens && " Frame labels are the Media Frames Corpus dimensions the framing lens uses."}
        </p>
        <LabelEditor
          items={labels}
          onChange={(key, patch) => setLabels(labels.map((l) => (l.key === key ? { ...l, ...patch } : l)))}
          onRemove={(key) => setLabels(labels.filter((l) => l.key !== key))}
          onAdd={() => setLabels([...labels, { key: newClientId(), label: "", description: "" }])}
        />
      </fieldset>
      <button type="submit" className={PRIMARY} disabled={create.isPending}>
        {create.isPending ? "Starting…" : "Start the activity"}
      </button>
    </form>
  );
}

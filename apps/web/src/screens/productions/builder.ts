import type { Confidentiality } from './production-queries';

/** A file the production may hold: one uploaded here, or one produced before (it keeps its numbers). */
export interface BuilderFile {
  id: string;
  filename: string;
  /** A PDF's pages; null for an image. */
  pages: number | null;
  /** Where it was produced before, e.g. "DEF0000001–DEF0000003 (volume DEF001)". */
  producedAs: string | null;
}

/** What the party has said of each file so far: the requests it answers, its designation, its custodian. */
export interface Builder {
  /** Every file on offer, in the order their pages are to be numbered. */
  files: BuilderFile[];
  answers: Record<string, string[]>;
  designations: Record<string, Confidentiality>;
  custodians: Record<string, string>;
}

export const EMPTY_BUILDER: Builder = { files: [], answers: {}, designations: {}, custodians: {} };

/** A file on offer once: a second upload of the same id (or a file produced before) is not added again. */
export function offer(builder: Builder, files: readonly BuilderFile[]): Builder {
  const known = new Set(builder.files.map((f) => f.id));
  const fresh = files.filter((f) => !known.has(f.id) && known.add(f.id));
  return fresh.length ? { ...builder, files: [...builder.files, ...fresh] } : builder;
}

/** The file now answers the request too (dropped on it, or its box ticked). */
export function answer(builder: Builder, fileId: string, itemId: string): Builder {
  const now = builder.answers[fileId] ?? [];
  if (now.includes(itemId) || !builder.files.some((f) => f.id === fileId)) return builder;
  return { ...builder, answers: { ...builder.answers, [fileId]: [...now, itemId] } };
}

/** The file no longer answers the request. */
export function unanswer(builder: Builder, fileId: string, itemId: string): Builder {
  const now = builder.answers[fileId] ?? [];
  if (!now.includes(itemId)) return builder;
  return { ...builder, answers: { ...builder.answers, [fileId]: now.filter((i) => i !== itemId) } };
}

export function designate(builder: Builder, fileId: string, designation: Confidentiality): Builder {
  return { ...builder, designations: { ...builder.designations, [fileId]: designation } };
}

export function setCustodian(builder: Builder, fileId: string, custodian: string): Builder {
  return { ...builder, custodians: { ...builder.custodians, [fileId]: custodian } };
}

/** One place earlier (-1) or later (+1) in the numbering order; nothing at either end. */
export function move(builder: Builder, fileId: string, by: -1 | 1): Builder {
  const at = builder.files.findIndex((f) => f.id === fileId);
  const to = at + by;
  if (at < 0 || to < 0 || to >= builder.files.length) return builder;
  const files = [...builder.files];
  [files[at], files[to]] = [files[to], files[at]];
  return { ...builder, files };
}

/** The files answering a request, in numbering order. */
export function filesAnswering(builder: Builder, itemId: string): BuilderFile[] {
  return builder.files.filter((f) => (builder.answers[f.id] ?? []).includes(itemId));
}

/** The files that go into the production: those answering at least one request, in numbering order. */
export function included(builder: Builder): BuilderFile[] {
  return builder.files.filter((f) => (builder.answers[f.id] ?? []).length > 0);
}

/**
 * The production's documents as the API takes them: the files answering a request, in numbering
 * order, each with its requests in the set's order; the designation and custodian only when given.
 */
export function productionDocuments(builder: Builder, items: ReadonlyArray<{ id: string; number: number }>) {
  const order = new Map(items.map((i) => [i.id, i.number]));
  return included(builder).map((file) => {
    const custodian = builder.custodians[file.id]?.trim();
    return {
      documentId: file.id,
      requestItemIds: [...(builder.answers[file.id] ?? [])].sort(
        (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
      ),
      confidentiality: builder.designations[file.id] ?? 'NONE',
      ...(custodian ? { custodian } : {}),
    };
  });
}

/**
 * The files a party produced before in the case (any set), each once, as the builder offers them: with
 * where they were produced, so the party knows they keep those numbers.
 */
export function producedBefore(
  productions: ReadonlyArray<{
    status: string;
    volume: string | null;
    producingParty: { id: string };
    documents: ReadonlyArray<{
      documentId: string;
      filename: string;
      pages: number;
      native: boolean;
      firstBates: string;
      lastBates: string;
    }>;
  }>,
  partyId: string,
): BuilderFile[] {
  const seen = new Set<string>();
  const files: BuilderFile[] = [];
  // The list comes newest first; a file's first production is the one whose numbers it keeps.
  for (const production of [...productions].reverse()) {
    if (production.status !== 'SERVED' || production.producingParty.id !== partyId) continue;
    for (const d of production.documents) {
      if (seen.has(d.documentId)) continue;
      seen.add(d.documentId);
      const range = d.firstBates === d.lastBates ? d.firstBates : `${d.firstBates}–${d.lastBates}`;
      files.push({
        id: d.documentId,
        filename: d.filename,
        pages: d.native ? null : d.pages,
        producedAs: `${range}${production.volume ? ` (volume ${production.volume})` : ''}`,
      });
    }
  }
  return files;
}

/**
 * Every file of the party the builder offers: those produced before (with the numbers they keep),
 * then the rest of its files in the case in the order they were added (the list comes newest first).
 */
export function filesOnOffer(
  documents: ReadonlyArray<{ id: string; filename: string; pages: number | null }>,
  produced: readonly BuilderFile[],
): BuilderFile[] {
  const known = new Set(produced.map((f) => f.id));
  return [
    ...produced,
    ...[...documents]
      .reverse()
      .filter((d) => !known.has(d.id))
      .map((d) => ({ id: d.id, filename: d.filename, pages: d.pages, producedAs: null })),
  ];
}

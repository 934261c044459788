import { Caption, Signer } from './people';

/**
 * A paper as laid out, whatever its kind (a set of requests, responses, a letter, the joint letter):
 * every kind is built into these blocks and drawn by one renderer, so every paper has the same
 * caption, signature and certificate, and no kind can print an internal code the others would not.
 */
export type Block =
  /** A centred heading inside the body: 'CERTIFICATE OF SERVICE'. */
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean; indent?: boolean }
  /** A numbered request or answer: a bold label, then its text. */
  | { kind: 'request'; label: string; text: string }
  | { kind: 'list'; items: string[] }
  /** 'Dated: May 4, 2026' and each signer's /s/ signature, name and capacity. */
  | { kind: 'signature'; date: string; signers: Signer[]; lead?: string }
  /** A signature that is not a signer's block (an oath): the date line, then the lines signed. */
  | { kind: 'signed'; date: string; lines: string[] }
  | { kind: 'pageBreak' };

export interface PaperDocument {
  /** The paper's own title: the caption's right column and the PDF's metadata. */
  title: string;
  /** Null for a letter between the parties, which carries the sender's block as its letterhead. */
  caption: Caption | null;
  /** The identification block at the top left of the first page (L.R. 3-4(a)(1)); null on a joint paper. */
  filer: Signer | null;
  blocks: Block[];
  /** A last line in small type (the served paper's hash). */
  footer: string | null;
}

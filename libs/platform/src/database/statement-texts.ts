interface Node {
  text?: string;
  next?: Map<unknown, Node>;
}

/**
 * One place's statement texts, each built once for each combination of what it is built from and
 * then the same string every time. A hot read's pieces (a visibility condition, a projection) are
 * themselves kept, so its parts are strings V8 already knows the hash of: finding the text costs a
 * few lookups, where building it again cost the concatenation and then a hash of the whole text to
 * find its prepared statement's name. One instance per place that builds texts, so two places never
 * answer each other's parts.
 */
export class StatementTexts {
  private readonly root: Node = {};
  private kept = 0;

  /** Beyond `most` texts, a text is built each time rather than kept. */
  constructor(private readonly most = 500) {}

  /** `parts`: everything the text depends on, every one of them (texts, flags, counts). */
  text(parts: readonly unknown[], build: () => string): string {
    let node = this.root;
    for (const part of parts) {
      let next = node.next?.get(part);
      if (!next) {
        if (this.kept >= this.most) return build();
        next = {};
        (node.next ??= new Map()).set(part, next);
      }
      node = next;
    }
    if (node.text === undefined) {
      if (this.kept >= this.most) return build();
      node.text = build();
      this.kept++;
    }
    return node.text;
  }
}

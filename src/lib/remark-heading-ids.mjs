// Gives a heading an explicit id written at its end as `[#anchor-id]`, so the Spanish and English
// chapters share anchors (`## Definición [#definition]` → <h2 id="definition">Definición</h2>).
const MARK = /\s*\[#([a-z0-9][a-z0-9-]*)\]\s*$/;

/** remark plugin: strips the `[#id]` suffix of a heading and sets it as the heading's id. */
export default function remarkHeadingIds() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'heading') {
        const last = node.children[node.children.length - 1];
        if (last && last.type === 'text') {
          const m = MARK.exec(last.value);
          if (m) {
            last.value = last.value.slice(0, m.index);
            node.data = { ...(node.data ?? {}), hProperties: { ...(node.data?.hProperties ?? {}), id: m[1] } };
          }
        }
      }
      if (node.children) node.children.forEach(visit);
    };
    visit(tree);
  };
}

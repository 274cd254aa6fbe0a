// GFM footnotes are labelled in English by default; in a Spanish chapter (content/es/…) this rehype plugin
// puts the hidden "Footnotes" heading and the back-links' labels into Spanish.
const ES = { label: 'Notas', back: 'Volver al texto' };

/** rehype plugin: translates the footnote section's labels of Spanish chapters. */
export default function rehypeFootnoteLang() {
  return (tree, file) => {
    const path = String(file.path ?? file.history?.[0] ?? '').replaceAll('\\', '/');
    if (!path.includes('/content/es/')) return;
    const visit = (node) => {
      if (node.type === 'element') {
        const p = node.properties ?? {};
        if (p.id === 'footnote-label') node.children = [{ type: 'text', value: ES.label }];
        if (p.dataFootnoteBackref !== undefined && typeof p.ariaLabel === 'string') {
          p.ariaLabel = p.ariaLabel.replace(/^Back to reference/, ES.back);
        }
      }
      if (node.children) node.children.forEach(visit);
    };
    visit(tree);
  };
}

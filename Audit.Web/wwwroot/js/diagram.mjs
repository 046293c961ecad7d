// Sizes each workflow diagram frame to the diagram drawn inside it. The frame is sandboxed (an opaque origin), so
// it reports its height by message; only a message from one of our diagram frames is used.
const frames = [...document.querySelectorAll('iframe[data-audit-diagram]')]

window.addEventListener('message', event => {
  const frame = frames.find(f => f.contentWindow === event.source)
  const height = event.data && event.data.auditDiagramHeight
  if (frame && Number.isFinite(height) && height > 0) {
    frame.style.height = `${Math.min(Math.ceil(height) + 16, 4000)}px`
    frame.setAttribute('data-rendered', 'true')
  }
})

// Draws the workflow diagram in its sandboxed frame, then tells the page framing it how tall it is.
(async function () {
  const diagram = document.getElementById('diagram')
  globalThis.mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'neutral',
    fontFamily: 'arial, sans-serif',
    state: { useMaxWidth: true }
  })
  try {
    await globalThis.mermaid.run({ nodes: [diagram] })
    const svg = diagram.querySelector('svg')
    svg.setAttribute('role', 'img')
    svg.setAttribute('aria-label', diagram.getAttribute('aria-label'))
    diagram.setAttribute('data-rendered', 'true')
  } catch (error) {
    diagram.textContent = 'The diagram could not be drawn. The steps are listed in words on the page.'
    console.error(error)
  }
  parent.postMessage({ auditDiagramHeight: document.documentElement.scrollHeight }, '*')
})()

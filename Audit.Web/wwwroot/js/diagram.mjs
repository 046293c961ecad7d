// Draws the workflow diagrams ([data-audit-diagram]) from their Mermaid source with /lib/mermaid.min.js.
//
// Our Content-Security-Policy allows styles only from this site or carrying the page's nonce, and Mermaid writes
// a <style> element and style attributes. Rather than weaken the policy, this script gives Mermaid's <style>
// elements the nonce and turns style attributes into CSS object model changes (which the policy does not
// restrict, because only script already allowed to run can make them), so the diagram is drawn with its styles
// and the page still refuses styles injected into its markup.

const script = document.querySelector('script[data-audit-diagram-script]')
const nonce = script ? script.nonce : ''
const mermaid = globalThis.mermaid

/**
 * Runs Mermaid while it draws in the page: each <style> element it creates gets this page's nonce, and each
 * style attribute it sets is applied through element.style instead (the attribute still appears in its output).
 */
async function withAllowedStyles (work) {
  const createElement = document.createElement
  const setAttribute = Element.prototype.setAttribute
  document.createElement = function (name, options) {
    const element = createElement.call(document, name, options)
    if (String(name).toLowerCase() === 'style') {
      element.nonce = nonce
    }
    return element
  }
  Element.prototype.setAttribute = function (name, value) {
    if (String(name).toLowerCase() === 'style' && this.ownerDocument === document) {
      this.style.cssText = String(value)
      return
    }
    setAttribute.call(this, name, value)
  }
  try {
    return await work()
  } finally {
    document.createElement = createElement
    Element.prototype.setAttribute = setAttribute
  }
}

/** Turns Mermaid's SVG markup into nodes without asking the page to apply inline styles. */
function importSvg (markup) {
  // A document made by DOMParser runs no scripts and applies no styles: it is only read.
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup}`, 'text/html')
  const svg = parsed.body.querySelector('svg')
  const styles = []
  for (const element of [svg, ...svg.querySelectorAll('[style]')]) {
    if (element.hasAttribute('style')) {
      element.setAttribute('data-audit-style', String(styles.length))
      styles.push(element.getAttribute('style'))
      element.removeAttribute('style')
    }
  }
  const sheets = [...svg.querySelectorAll('style')].map(style => {
    style.remove()
    return style.textContent
  })

  const imported = document.importNode(svg, true)
  for (const element of imported.querySelectorAll('[data-audit-style]')) {
    element.style.cssText = styles[Number(element.getAttribute('data-audit-style'))]
    element.removeAttribute('data-audit-style')
  }
  if (imported.hasAttribute('data-audit-style')) {
    imported.style.cssText = styles[Number(imported.getAttribute('data-audit-style'))]
    imported.removeAttribute('data-audit-style')
  }
  const fragment = document.createDocumentFragment()
  for (const css of sheets) {
    const style = document.createElement('style')
    style.nonce = nonce
    style.textContent = css
    fragment.append(style)
  }
  fragment.append(imported)
  return { fragment, svg: imported }
}

async function drawAll () {
  if (!mermaid) {
    return
  }
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'neutral',
    fontFamily: 'arial, sans-serif'
  })
  const canvases = document.querySelectorAll('[data-audit-diagram]')
  for (const [index, canvas] of canvases.entries()) {
    const source = canvas.parentElement.querySelector('[data-audit-diagram-source]')
    if (!source) {
      continue
    }
    try {
      const { svg: markup } = await withAllowedStyles(() => mermaid.render(`audit-diagram-${index}`, source.textContent))
      const { fragment, svg } = importSvg(markup)
      // One image for assistive technology: the steps are listed in words beside it.
      svg.setAttribute('role', 'img')
      svg.setAttribute('aria-label', canvas.dataset.label || 'Workflow diagram')
      canvas.replaceChildren(fragment)
      canvas.setAttribute('data-rendered', 'true')
    } catch (error) {
      canvas.textContent = 'The diagram could not be drawn. The steps are listed in words below.'
      console.error(error)
    }
  }
}

drawAll()

// Starts the GOV.UK Frontend and MOJ Frontend components on every page.
import { initAll as initGovUk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

initGovUk()
initMoj()

// A long-running upload (a case list of thousands of rows) says it is working, once, while the server checks it.
for (const form of document.querySelectorAll('form[data-progress]')) {
  form.addEventListener('submit', () => {
    const status = document.getElementById(form.dataset.progress)
    if (status) {
      status.hidden = false
      status.textContent = status.dataset.message
    }
    for (const button of form.querySelectorAll('button[type=submit]')) {
      button.setAttribute('aria-disabled', 'true')
    }
  })
}

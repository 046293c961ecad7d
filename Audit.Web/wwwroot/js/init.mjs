// Starts the GOV.UK Frontend and MOJ Frontend components on every page.
import { initAll as initGovUk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

initGovUk()
initMoj()

// Conditional reveal without aria-expanded (not a valid attribute on a radio): each option that controls a block of
// fields shows it while the option is checked. The fields follow their option in the page, so a screen reader meets
// them next; without JavaScript they all stay shown.
for (const group of document.querySelectorAll('[data-module="app-reveal"]')) {
  const inputs = group.querySelectorAll('input[aria-controls]')
  const sync = () => {
    for (const input of inputs) {
      const target = document.getElementById(input.getAttribute('aria-controls'))
      if (target) target.classList.toggle(`${target.classList[0]}--hidden`, !input.checked)
    }
  }
  group.addEventListener('change', sync)
  sync()
}

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

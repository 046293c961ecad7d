// Starts the GOV.UK Frontend and MOJ Frontend components on every page.
import { initAll as initGovUk } from '/lib/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend.min.js'

initGovUk()
initMoj()

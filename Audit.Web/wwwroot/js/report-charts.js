// Draws a Chart.js chart for each <canvas data-chart-table="id"> from the table it names, so the chart and its
// accessible data table always show the same figures. Grade tables hold counts in columns 2, 4, 6 and 8, and, when the
// period has audits judged against a standard, met and not met in columns 10 and 12.
(function () {
  'use strict'
  if (typeof window.Chart === 'undefined') {
    return
  }

  var grades = [
    { label: 'Inadequate', column: 2, colour: '#d4351c' },
    { label: 'Requires improvement to be good', column: 4, colour: '#f47738' },
    { label: 'Good', column: 6, colour: '#00703c' },
    { label: 'Outstanding', column: 8, colour: '#1d70b8' },
    { label: 'Met the standard', column: 10, colour: '#28a197' },
    { label: 'Did not meet the standard', column: 12, colour: '#4c2c92' }
  ]

  function number (cell) {
    var value = parseInt(cell ? cell.textContent : '0', 10)
    return isNaN(value) ? 0 : value
  }

  document.querySelectorAll('canvas[data-chart-table]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'))
    if (!table) {
      return
    }

    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).filter(function (row) {
      return row.children.length > 8
    })
    if (rows.length === 0) {
      canvas.hidden = true
      return
    }

    var columns = table.querySelectorAll('thead th').length
    var shown = grades.filter(function (grade) { return grade.column < columns })
    var horizontal = canvas.getAttribute('data-chart-direction') === 'horizontal'
    window.Chart.defaults.font.family = 'arial, sans-serif'
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (row) { return row.children[0].textContent.trim() }),
        datasets: shown.map(function (grade) {
          return {
            label: grade.label,
            backgroundColor: grade.colour,
            data: rows.map(function (row) { return number(row.children[grade.column]) })
          }
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    })
  })
})()

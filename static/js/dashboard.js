// Draws the dashboard's two charts from the JSON the page carries; the tables hold the same numbers.
document.addEventListener('DOMContentLoaded', function () {
  var source = document.getElementById('dashboard-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  // Axis numbers as the page's language writes them (100 000 in French, not 100,000).
  var locale = lang === 'en' ? 'en-GB' : 'fr-FR';
  var labels = {
    fr: { notStarted: 'Non commencé', inProgress: 'En cours', failed: 'Échoué', passed: 'Réussi', expired: 'À renouveler', passes: 'Modules validés' },
    en: { notStarted: 'Not started', inProgress: 'In progress', failed: 'Failed', passed: 'Passed', expired: 'To renew', passes: 'Modules passed' }
  }[lang];
  var modules = document.getElementById('modules-chart');
  if (modules) {
    new Chart(modules, {
      type: 'bar',
      data: {
        labels: data.modules.map(function (m) { return m.title; }),
        datasets: [
          { label: labels.passed, data: data.modules.map(function (m) { return m.passed; }), backgroundColor: '#1d6b35' },
          { label: labels.failed, data: data.modules.map(function (m) { return m.failed; }), backgroundColor: '#a1261b' },
          { label: labels.expired, data: data.modules.map(function (m) { return m.expired; }), backgroundColor: '#7b4fa0' },
          { label: labels.inProgress, data: data.modules.map(function (m) { return m.inProgress; }), backgroundColor: '#d9a400' },
          { label: labels.notStarted, data: data.modules.map(function (m) { return Math.max(0, m.members - m.inProgress - m.failed - m.passed - m.expired); }), backgroundColor: '#c5ccd6' }
        ]
      },
      options: { locale: locale, indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } }
    });
  }
  var trend = document.getElementById('trend-chart');
  if (trend) {
    new Chart(trend, {
      type: 'line',
      data: {
        labels: data.trend.map(function (m) { return m.month; }),
        datasets: [{ label: labels.passes, data: data.trend.map(function (m) { return m.passed; }), borderColor: '#0b4f8a', backgroundColor: '#0b4f8a', tension: 0.2 }]
      },
      options: { locale: locale, responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
});

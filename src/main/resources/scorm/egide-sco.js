/*
 * One Égide module as a SCO: its sections one at a time, then the QCM, graded here with
 * Égide's rule (a question is right only when exactly its right choices are ticked). Resumes
 * where the learner left, and reports status, score and time through EgideScorm.
 */
(function () {
	'use strict';

	var MAX_SUSPEND = 4000;
	var body = document.body;
	var scorm = window.EgideScorm.connect(body.getAttribute('data-scorm-version'));
	var quizData = JSON.parse(document.getElementById('egide-quiz').textContent || 'null');
	var pages = Array.prototype.slice.call(document.querySelectorAll('.sco-page'));
	var previous = document.getElementById('sco-previous');
	var next = document.getElementById('sco-next');
	var progress = document.getElementById('sco-progress');
	var bar = document.getElementById('sco-bar');
	var form = document.getElementById('quiz-form');
	var state = { p: 1, a: {}, d: 0 };
	var closed = false;

	function show(number) {
		state.p = Math.max(1, Math.min(number, pages.length));
		pages.forEach(function (page, index) {
			page.hidden = index + 1 !== state.p;
		});
		previous.hidden = state.p === 1;
		next.hidden = state.p === pages.length;
		next.textContent = state.p === pages.length - 1 && form ? next.getAttribute('data-quiz') : next.getAttribute('data-next');
		progress.textContent = progress.getAttribute('data-template').replace('{n}', state.p).replace('{total}', pages.length);
		bar.value = state.p;
		window.scrollTo(0, 0);
	}

	function save() {
		scorm.set('location', String(state.p));
		var data = JSON.stringify(state);
		if (data.length > MAX_SUSPEND) {
			data = JSON.stringify({ p: state.p, a: {}, d: state.d });
		}
		scorm.set('suspendData', data);
		scorm.commit();
	}

	function go(number) {
		show(number);
		save();
	}

	function answers() {
		var chosen = {};
		quizData.questions.forEach(function (question) {
			chosen[question.id] = Array.prototype.slice
				.call(form.querySelectorAll('input[name="q.' + question.id + '"]:checked'))
				.map(function (input) { return input.value; });
		});
		return chosen;
	}

	function restoreAnswers() {
		Object.keys(state.a).forEach(function (questionId) {
			(state.a[questionId] || []).forEach(function (choiceId) {
				var input = document.getElementById(questionId + '--' + choiceId);
				if (input) {
					input.checked = true;
				}
			});
		});
	}

	function sameChoices(chosen, correct) {
		return chosen.length === correct.length && correct.every(function (id) { return chosen.indexOf(id) >= 0; });
	}

	function grade(event) {
		event.preventDefault();
		state.a = answers();
		var right = 0;
		quizData.questions.forEach(function (question) {
			var chosen = state.a[question.id];
			var correct = sameChoices(chosen, question.correct);
			right += correct ? 1 : 0;
			var fieldset = document.getElementById('question-' + question.id);
			fieldset.classList.remove('right', 'wrong');
			fieldset.classList.add(correct ? 'right' : 'wrong');
			var verdict = fieldset.querySelector('.verdict');
			verdict.textContent = verdict.getAttribute(correct ? 'data-right' : 'data-wrong');
			verdict.hidden = false;
			Array.prototype.forEach.call(fieldset.querySelectorAll('.feedback, .explanation'), function (node) {
				node.hidden = node.classList.contains('feedback') && chosen.indexOf(node.getAttribute('data-choice')) < 0;
			});
		});
		var total = quizData.questions.length;
		var score = total === 0 ? 100 : Math.floor(100 * right / total);
		var passed = score >= quizData.passMark;
		var outcome = document.getElementById('sco-outcome');
		outcome.classList.remove('passed', 'failed');
		outcome.classList.add(passed ? 'passed' : 'failed');
		var scoreText = outcome.querySelector('.score');
		scoreText.textContent = scoreText.getAttribute('data-template').replace('{score}', score);
		var verdictText = outcome.querySelector('.sco-verdict');
		verdictText.textContent = verdictText.getAttribute(passed ? 'data-passed' : 'data-failed');
		outcome.hidden = false;
		state.d = 1;
		scorm.set('score', score);
		scorm.set('scoreMin', 0);
		scorm.set('scoreMax', 100);
		scorm.set('scaled', score / 100);
		if (scorm.version === '1.2') {
			scorm.set('status', passed ? 'passed' : 'failed');
		}
		else {
			scorm.set('status', 'completed');
			scorm.set('success', passed ? 'passed' : 'failed');
		}
		save();
		outcome.scrollIntoView();
	}

	function finishWithoutQuiz() {
		if (!form && state.p === pages.length && !state.d) {
			state.d = 1;
			scorm.set('status', 'completed');
			save();
		}
	}

	function leave() {
		if (closed) {
			return;
		}
		closed = true;
		scorm.set('exit', state.d ? (scorm.version === '1.2' ? '' : 'normal') : 'suspend');
		save();
		scorm.quit();
	}

	function start() {
		if (!scorm.init()) {
			document.getElementById('sco-offline').hidden = false;
		}
		else {
			try {
				var saved = JSON.parse(scorm.get('suspendData') || '{}');
				state.a = saved.a || {};
				state.d = saved.d || 0;
			}
			catch (e) {
				state.a = {};
			}
			var status = scorm.get('status');
			if (status === '' || status === 'not attempted' || status === 'unknown') {
				scorm.set('status', 'incomplete');
				scorm.commit();
			}
		}
		restoreAnswers();
		show(parseInt(scorm.get('location'), 10) || 1);
		previous.addEventListener('click', function () { go(state.p - 1); });
		next.addEventListener('click', function () { go(state.p + 1); finishWithoutQuiz(); });
		if (form) {
			form.addEventListener('submit', grade);
		}
		window.addEventListener('pagehide', leave);
		window.addEventListener('beforeunload', leave);
	}

	start();
})();

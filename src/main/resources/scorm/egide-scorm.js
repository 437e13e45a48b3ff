/*
 * Égide SCORM runtime wrapper, written for Égide's packages: finds the LMS API (API for
 * SCORM 1.2, API_1484_11 for SCORM 2004) and speaks its dialect behind logical names.
 * Without an LMS every call is a harmless no-op: the page stays readable, nothing is reported.
 */
(function (global) {
	'use strict';

	var NAMES = {
		'1.2': {
			status: 'cmi.core.lesson_status', success: 'cmi.core.lesson_status', score: 'cmi.core.score.raw',
			scoreMin: 'cmi.core.score.min', scoreMax: 'cmi.core.score.max', location: 'cmi.core.lesson_location',
			suspendData: 'cmi.suspend_data', sessionTime: 'cmi.core.session_time', exit: 'cmi.core.exit',
			entry: 'cmi.core.entry'
		},
		'2004': {
			status: 'cmi.completion_status', success: 'cmi.success_status', score: 'cmi.score.raw',
			scoreMin: 'cmi.score.min', scoreMax: 'cmi.score.max', scaled: 'cmi.score.scaled',
			location: 'cmi.location', suspendData: 'cmi.suspend_data', sessionTime: 'cmi.session_time',
			exit: 'cmi.exit', entry: 'cmi.entry'
		}
	};

	var METHODS = {
		'1.2': { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', quit: 'LMSFinish' },
		'2004': { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', quit: 'Terminate' }
	};

	/** Looks for the API in this window and up to 7 parents; a frame of another origin is skipped. */
	function lookUp(win, property) {
		for (var level = 0; win && level <= 7; level++) {
			try {
				if (win[property]) {
					return win[property];
				}
			}
			catch (e) {
				// another origin: keep climbing
			}
			if (!win.parent || win.parent === win) {
				break;
			}
			win = win.parent;
		}
		return null;
	}

	function find(version) {
		var property = version === '1.2' ? 'API' : 'API_1484_11';
		var api = lookUp(global, property);
		if (!api && global.opener) {
			try {
				api = lookUp(global.opener, property);
			}
			catch (e) {
				api = null;
			}
		}
		return api;
	}

	function pad(number, width) {
		var text = String(number);
		while (text.length < width) {
			text = '0' + text;
		}
		return text;
	}

	/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
	function time12(ms) {
		var hundredths = Math.round(ms / 10);
		var hours = Math.min(9999, Math.floor(hundredths / 360000));
		var minutes = Math.floor(hundredths / 6000) % 60;
		var seconds = (hundredths % 6000) / 100;
		return pad(hours, 4) + ':' + pad(minutes, 2) + ':' + pad(seconds.toFixed(2), 5);
	}

	/** SCORM 2004 timeinterval, an ISO 8601 duration: PT#H#M#S. */
	function time2004(ms) {
		var hundredths = Math.round(ms / 10);
		var hours = Math.floor(hundredths / 360000);
		var minutes = Math.floor(hundredths / 6000) % 60;
		var seconds = (hundredths % 6000) / 100;
		return 'PT' + hours + 'H' + minutes + 'M' + seconds + 'S';
	}

	function connect(version) {
		var names = NAMES[version];
		var methods = METHODS[version];
		var api = null;
		var active = false;
		var started = Date.now();

		function call(method, args) {
			if (!active) {
				return '';
			}
			try {
				return String(api[methods[method]].apply(api, args));
			}
			catch (e) {
				return '';
			}
		}

		return {
			version: version,
			/** Finds the LMS and opens the session; false when there is none. */
			init: function () {
				started = Date.now();
				api = find(version);
				if (!api) {
					return false;
				}
				active = true;
				active = call('init', ['']) === 'true';
				return active;
			},
			connected: function () {
				return active;
			},
			get: function (name) {
				return (names[name] || name.indexOf('cmi.') === 0) ? call('get', [names[name] || name]) : '';
			},
			set: function (name, value) {
				if (!names[name] && name.indexOf('cmi.') !== 0) {
					return true;
				}
				return call('set', [names[name] || name, String(value)]) === 'true';
			},
			commit: function () {
				return call('commit', ['']) === 'true';
			},
			/** Reports the time spent since init, then commits and closes the session. */
			quit: function () {
				if (!active) {
					return false;
				}
				var elapsed = Date.now() - started;
				this.set('sessionTime', version === '1.2' ? time12(elapsed) : time2004(elapsed));
				this.commit();
				var closed = call('quit', ['']) === 'true';
				active = false;
				return closed;
			}
		};
	}

	global.EgideScorm = { connect: connect, time12: time12, time2004: time2004 };
})(window);

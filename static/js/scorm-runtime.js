/*
 * Égide SCORM runtime: the LMS side of the SCORM 1.2 and SCORM 2004 (4th edition) run-time APIs.
 *
 * The player page calls EgideScormRuntime.install(window, options) before loading the package in
 * its iframe; the package then finds window.API (1.2) or window.API_1484_11 (2004) by walking up
 * its parents. Every call takes and returns strings, as the standards require. The whole state is
 * sent to the server by transport.commit (synchronous) on Commit/Terminate, and by
 * transport.autosave (fire-and-forget) every autosaveMs while there are unsaved changes.
 *
 * Plain ES2017, no dependencies, no modules: one global, EgideScormRuntime.
 */
(function (root) {
  'use strict';

  var RO = 'RO';
  var WO = 'WO';
  var RW = 'RW';

  // ---------------------------------------------------------------------------------------------
  // Validators: one per data type. Each returns '' when the value fits, 'type' when it is
  // malformed and 'range' when it is well formed but out of range. Lengths are checked apart.
  // ---------------------------------------------------------------------------------------------

  var DECIMAL = /^[-+]?(\d+(\.\d+)?|\.\d+)$/;
  var INTEGER = /^[-+]?\d+$/;
  var CMI_TIMESPAN = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/;
  var CMI_TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,2})?$/;
  var DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
  var TIMESTAMP = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,2})?)?)?(Z|[+-]\d{2}(?::\d{2})?)?)?)?)?$/;
  var LANGUAGE = /^(?:[a-zA-Z]{2,3}|i|x)(?:-[a-zA-Z0-9]{1,8})*$/;
  var LANG_PREFIX = /^\{lang=([^}]*)\}/;
  var SHORT_ID = /^\S{1,250}$/;

  function inRange(number, def) {
    if (def.min !== undefined && number < def.min) {
      return 'range';
    }
    if (def.max !== undefined && number > def.max) {
      return 'range';
    }
    return '';
  }

  // A SCORM 2004 long_identifier_type: a URI without white space; "urn:" needs a namespace.
  function isLongIdentifier(value) {
    if (!/^\S+$/.test(value)) {
      return false;
    }
    return value.toLowerCase().indexOf('urn:') !== 0 || /^urn:[a-zA-Z0-9][a-zA-Z0-9-]{0,31}:\S+$/i.test(value);
  }

  // Checks a list of short identifiers separated by a delimiter, optionally requiring them unique.
  function identifierList(value, delimiter, unique) {
    if (value === '') {
      return '';
    }
    var parts = value.split(delimiter);
    var seen = {};
    for (var i = 0; i < parts.length; i++) {
      if (!SHORT_ID.test(parts[i]) || (unique && seen[parts[i]])) {
        return 'type';
      }
      seen[parts[i]] = true;
    }
    return '';
  }

  // Checks SCORM 2004 learner responses and correct-response patterns for the interaction's type.
  function responseFor(type, value, isPattern) {
    switch (type) {
      case 'true-false':
        return value === 'true' || value === 'false' ? '' : 'type';
      case 'choice':
        return identifierList(value, '[,]', true);
      case 'sequencing':
        return value === '' ? 'type' : identifierList(value, '[,]', false);
      case 'likert':
        return SHORT_ID.test(value) ? '' : 'type';
      case 'matching':
        if (value === '') {
          return 'type';
        }
        var pairs = value.split('[,]');
        for (var i = 0; i < pairs.length; i++) {
          var pair = pairs[i].split('[.]');
          if (pair.length !== 2 || !SHORT_ID.test(pair[0]) || !SHORT_ID.test(pair[1])) {
            return 'type';
          }
        }
        return '';
      case 'numeric':
        if (!isPattern) {
          return DECIMAL.test(value) ? '' : 'type';
        }
        var bounds = value.split('[:]');
        if (bounds.length > 2 || (bounds[0] !== '' && !DECIMAL.test(bounds[0]))
            || (bounds.length === 2 && bounds[1] !== '' && !DECIMAL.test(bounds[1]))) {
          return 'type';
        }
        if (bounds.length === 2 && bounds[0] !== '' && bounds[1] !== '' && Number(bounds[0]) > Number(bounds[1])) {
          return 'type';
        }
        return '';
      default:
        // fill-in, long-fill-in, performance and other: any character string.
        return '';
    }
  }

  var validators = {
    string: function () {
      return '';
    },
    identifier12: function (value) {
      return /^[\u0021-\u007E]{1,255}$/.test(value) ? '' : 'type';
    },
    longIdentifier: function (value) {
      return isLongIdentifier(value) ? '' : 'type';
    },
    localized: function (value) {
      if (value.indexOf('{lang=') !== 0) {
        return '';
      }
      var prefix = LANG_PREFIX.exec(value);
      return prefix && (prefix[1] === '' || LANGUAGE.test(prefix[1])) ? '' : 'type';
    },
    language: function (value) {
      return value === '' || LANGUAGE.test(value) ? '' : 'type';
    },
    vocab: function (value, def) {
      if (def.vocab.indexOf(value) >= 0) {
        return '';
      }
      if (def.orReal && DECIMAL.test(value)) {
        return '';
      }
      return 'type';
    },
    decimal: function (value, def) {
      if (value === '' && def.blank) {
        return '';
      }
      return DECIMAL.test(value) ? inRange(Number(value), def) : 'type';
    },
    integer: function (value, def) {
      return INTEGER.test(value) ? inRange(Number(value), def) : 'type';
    },
    timespan12: function (value) {
      var parts = CMI_TIMESPAN.exec(value);
      return parts && Number(parts[2]) < 60 && Number(parts[3]) < 60 ? '' : 'type';
    },
    time12: function (value) {
      var parts = CMI_TIME.exec(value);
      return parts && Number(parts[1]) < 24 && Number(parts[2]) < 60 && Number(parts[3]) < 60 ? '' : 'type';
    },
    duration: function (value) {
      return DURATION.test(value) ? '' : 'type';
    },
    timestamp: function (value) {
      var parts = TIMESTAMP.exec(value);
      if (!parts) {
        return 'type';
      }
      var limits = [null, [1970, 2038], [1, 12], [1, 31], [0, 23], [0, 59], [0, 59]];
      for (var i = 1; i <= 6; i++) {
        if (parts[i] !== undefined && (Number(parts[i]) < limits[i][0] || Number(parts[i]) > limits[i][1])) {
          return 'type';
        }
      }
      return '';
    },
    navRequest: function (value) {
      if (/^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_)$/.test(value)) {
        return '';
      }
      var target = /^\{target=([^}]+)\}(choice|jump)$/.exec(value);
      return target && isLongIdentifier(target[1]) ? '' : 'type';
    },
    // Learner responses and patterns are checked against the interaction's type once it is known.
    response2004: function (value, def, model, name) {
      var type = model.values[name.replace(/\.(learner_response|correct_responses\.\d+\.pattern)$/, '.type')];
      return responseFor(type, value, def.pattern);
    }
  };

  // ---------------------------------------------------------------------------------------------
  // SCORM 1.2 data model (RTE 1.2, CMI 3.4): element → {access, type, vocabulary/range}.
  // "n" stands for an array index. "max" is a hard limit (405); "spm" is accepted and flagged.
  // ---------------------------------------------------------------------------------------------

  var STATUS_12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];
  var SCORE_12 = { access: RW, type: 'decimal', blank: true, min: 0, max: 100 };

  var SCORM_12 = {
    version: '1.2',
    elements: {
      'cmi._version': { access: RO, type: 'string', dflt: '3.4' },
      'cmi.core.student_id': { access: RO, type: 'identifier12', dflt: '' },
      'cmi.core.student_name': { access: RO, type: 'string', dflt: '' },
      'cmi.core.lesson_location': { access: RW, type: 'string', max: 255 },
      'cmi.core.credit': { access: RO, type: 'vocab', vocab: ['credit', 'no-credit'], dflt: 'credit' },
      // "not attempted" can be read but a SCO cannot set it back.
      'cmi.core.lesson_status': { access: RW, type: 'vocab', vocab: STATUS_12.slice(0, 5), dflt: 'not attempted' },
      'cmi.core.entry': { access: RO, type: 'vocab', vocab: ['ab-initio', 'resume', ''], dflt: '' },
      'cmi.core.score.raw': SCORE_12,
      'cmi.core.score.min': SCORE_12,
      'cmi.core.score.max': SCORE_12,
      'cmi.core.total_time': { access: RO, type: 'timespan12', dflt: '0000:00:00.00' },
      'cmi.core.lesson_mode': { access: RO, type: 'vocab', vocab: ['browse', 'normal', 'review'], dflt: 'normal' },
      'cmi.core.exit': { access: WO, type: 'vocab', vocab: ['time-out', 'suspend', 'logout', ''] },
      'cmi.core.session_time': { access: WO, type: 'timespan12' },
      'cmi.suspend_data': { access: RW, type: 'string', spm: 4096 },
      'cmi.launch_data': { access: RO, type: 'string', dflt: '' },
      'cmi.comments': { access: RW, type: 'string', max: 4096 },
      'cmi.comments_from_lms': { access: RO, type: 'string', dflt: '' },
      'cmi.objectives.n.id': { access: RW, type: 'identifier12' },
      'cmi.objectives.n.score.raw': SCORE_12,
      'cmi.objectives.n.score.min': SCORE_12,
      'cmi.objectives.n.score.max': SCORE_12,
      'cmi.objectives.n.status': { access: RW, type: 'vocab', vocab: STATUS_12 },
      'cmi.student_data.mastery_score': { access: RO, type: 'decimal', blank: true, min: 0, max: 100, dflt: '' },
      'cmi.student_data.max_time_allowed': { access: RO, type: 'timespan12', dflt: '' },
      'cmi.student_data.time_limit_action': { access: RO, type: 'string', dflt: '' },
      'cmi.student_preference.audio': { access: RW, type: 'integer', min: -1, max: 100 },
      'cmi.student_preference.language': { access: RW, type: 'string', max: 255 },
      'cmi.student_preference.speed': { access: RW, type: 'integer', min: -100, max: 100 },
      'cmi.student_preference.text': { access: RW, type: 'integer', min: -1, max: 1 },
      'cmi.interactions.n.id': { access: WO, type: 'identifier12' },
      'cmi.interactions.n.objectives.n.id': { access: WO, type: 'identifier12' },
      'cmi.interactions.n.time': { access: WO, type: 'time12' },
      'cmi.interactions.n.type': { access: WO, type: 'vocab', vocab: ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'] },
      'cmi.interactions.n.correct_responses.n.pattern': { access: WO, type: 'string', max: 255 },
      'cmi.interactions.n.weighting': { access: WO, type: 'decimal' },
      'cmi.interactions.n.student_response': { access: WO, type: 'string', max: 255 },
      'cmi.interactions.n.result': { access: WO, type: 'vocab', vocab: ['correct', 'wrong', 'unanticipated', 'neutral'], orReal: true },
      'cmi.interactions.n.latency': { access: WO, type: 'timespan12' }
    },
    children: {
      'cmi.core': 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
      'cmi.core.score': 'raw,min,max',
      'cmi.objectives': 'id,score,status',
      'cmi.objectives.n.score': 'raw,min,max',
      'cmi.student_data': 'mastery_score,max_time_allowed,time_limit_action',
      'cmi.student_preference': 'audio,language,speed,text',
      'cmi.interactions': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency'
    },
    arrays: ['cmi.objectives', 'cmi.interactions', 'cmi.interactions.n.objectives', 'cmi.interactions.n.correct_responses'],
    exitElement: 'cmi.core.exit',
    sessionTimeElement: 'cmi.core.session_time'
  };

  // ---------------------------------------------------------------------------------------------
  // SCORM 2004 4th edition data model: element → {access, type, vocabulary/range}.
  // Character strings carry their smallest permitted maximum (spm): longer values are kept whole.
  // ---------------------------------------------------------------------------------------------

  var COMPLETION = ['completed', 'incomplete', 'not attempted', 'unknown'];
  var SUCCESS = ['passed', 'failed', 'unknown'];
  var REAL = { access: RW, type: 'decimal' };
  var SCALED = { access: RW, type: 'decimal', min: -1, max: 1 };
  var INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance',
    'sequencing', 'likert', 'numeric', 'other'];

  var SCORM_2004 = {
    version: '2004',
    elements: {
      'cmi._version': { access: RO, type: 'string', dflt: '1.0' },
      'cmi.comments_from_learner.n.comment': { access: RW, type: 'localized', spm: 4000 },
      'cmi.comments_from_learner.n.location': { access: RW, type: 'string', spm: 250 },
      'cmi.comments_from_learner.n.timestamp': { access: RW, type: 'timestamp' },
      'cmi.comments_from_lms.n.comment': { access: RO, type: 'localized' },
      'cmi.comments_from_lms.n.location': { access: RO, type: 'string' },
      'cmi.comments_from_lms.n.timestamp': { access: RO, type: 'timestamp' },
      'cmi.completion_status': { access: RW, type: 'vocab', vocab: COMPLETION, dflt: 'unknown' },
      'cmi.completion_threshold': { access: RO, type: 'decimal', min: 0, max: 1 },
      'cmi.credit': { access: RO, type: 'vocab', vocab: ['credit', 'no-credit'], dflt: 'credit' },
      'cmi.entry': { access: RO, type: 'vocab', vocab: ['ab-initio', 'resume', ''], dflt: '' },
      'cmi.exit': { access: WO, type: 'vocab', vocab: ['time-out', 'suspend', 'logout', 'normal', ''] },
      'cmi.interactions.n.id': { access: RW, type: 'longIdentifier', spm: 4000 },
      'cmi.interactions.n.type': { access: RW, type: 'vocab', vocab: INTERACTION_TYPES },
      'cmi.interactions.n.objectives.n.id': { access: RW, type: 'longIdentifier', spm: 4000 },
      'cmi.interactions.n.timestamp': { access: RW, type: 'timestamp' },
      'cmi.interactions.n.correct_responses.n.pattern': { access: RW, type: 'response2004', pattern: true },
      'cmi.interactions.n.weighting': REAL,
      'cmi.interactions.n.learner_response': { access: RW, type: 'response2004' },
      'cmi.interactions.n.result': { access: RW, type: 'vocab', vocab: ['correct', 'incorrect', 'unanticipated', 'neutral'], orReal: true },
      'cmi.interactions.n.latency': { access: RW, type: 'duration' },
      'cmi.interactions.n.description': { access: RW, type: 'localized', spm: 250 },
      'cmi.launch_data': { access: RO, type: 'string' },
      'cmi.learner_id': { access: RO, type: 'longIdentifier', dflt: '' },
      'cmi.learner_name': { access: RO, type: 'localized', dflt: '' },
      'cmi.learner_preference.audio_level': { access: RW, type: 'decimal', min: 0, dflt: '1' },
      'cmi.learner_preference.language': { access: RW, type: 'language', dflt: '' },
      'cmi.learner_preference.delivery_speed': { access: RW, type: 'decimal', min: 0, dflt: '1' },
      'cmi.learner_preference.audio_captioning': { access: RW, type: 'vocab', vocab: ['-1', '0', '1'], dflt: '0' },
      'cmi.location': { access: RW, type: 'string', spm: 1000 },
      'cmi.max_time_allowed': { access: RO, type: 'duration' },
      'cmi.mode': { access: RO, type: 'vocab', vocab: ['browse', 'normal', 'review'], dflt: 'normal' },
      'cmi.objectives.n.id': { access: RW, type: 'longIdentifier', spm: 4000 },
      'cmi.objectives.n.score.scaled': SCALED,
      'cmi.objectives.n.score.raw': REAL,
      'cmi.objectives.n.score.min': REAL,
      'cmi.objectives.n.score.max': REAL,
      'cmi.objectives.n.success_status': { access: RW, type: 'vocab', vocab: SUCCESS, dflt: 'unknown' },
      'cmi.objectives.n.completion_status': { access: RW, type: 'vocab', vocab: COMPLETION, dflt: 'unknown' },
      'cmi.objectives.n.progress_measure': { access: RW, type: 'decimal', min: 0, max: 1 },
      'cmi.objectives.n.description': { access: RW, type: 'localized', spm: 250 },
      'cmi.progress_measure': { access: RW, type: 'decimal', min: 0, max: 1 },
      'cmi.scaled_passing_score': { access: RO, type: 'decimal', min: -1, max: 1 },
      'cmi.score.scaled': SCALED,
      'cmi.score.raw': REAL,
      'cmi.score.min': REAL,
      'cmi.score.max': REAL,
      'cmi.session_time': { access: WO, type: 'duration' },
      'cmi.success_status': { access: RW, type: 'vocab', vocab: SUCCESS, dflt: 'unknown' },
      'cmi.suspend_data': { access: RW, type: 'string', spm: 64000 },
      'cmi.time_limit_action': { access: RO, type: 'vocab', vocab: ['exit,message', 'continue,message', 'exit,no message', 'continue,no message'], dflt: 'continue,no message' },
      'cmi.total_time': { access: RO, type: 'duration', dflt: 'PT0H0M0S' },
      'adl.nav.request': { access: RW, type: 'navRequest', dflt: '_none_' },
      'adl.nav.request_valid.continue': { access: RO, type: 'string', dflt: 'unknown' },
      'adl.nav.request_valid.previous': { access: RO, type: 'string', dflt: 'unknown' },
      'adl.nav.request_valid.choice.{target}': { access: RO, type: 'string', dflt: 'unknown' },
      'adl.nav.request_valid.jump.{target}': { access: RO, type: 'string', dflt: 'unknown' }
    },
    children: {
      'cmi.comments_from_learner': 'comment,location,timestamp',
      'cmi.comments_from_lms': 'comment,location,timestamp',
      'cmi.interactions': 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description',
      'cmi.learner_preference': 'audio_level,language,delivery_speed,audio_captioning',
      'cmi.objectives': 'id,score,success_status,completion_status,progress_measure,description',
      'cmi.objectives.n.score': 'scaled,raw,min,max',
      'cmi.score': 'scaled,raw,min,max'
    },
    arrays: ['cmi.comments_from_learner', 'cmi.comments_from_lms', 'cmi.interactions', 'cmi.interactions.n.objectives',
      'cmi.interactions.n.correct_responses', 'cmi.objectives'],
    // Interaction types that allow a single correct-response pattern.
    singlePattern: ['true-false', 'likert', 'numeric'],
    exitElement: 'cmi.exit',
    sessionTimeElement: 'cmi.session_time'
  };

  // ---------------------------------------------------------------------------------------------
  // Error codes and their standard strings; reasons found by the data model map to a code per call.
  // ---------------------------------------------------------------------------------------------

  var ERRORS_12 = {
    0: 'No error',
    101: 'General exception',
    201: 'Invalid argument error',
    202: 'Element cannot have children',
    203: 'Element not an array - cannot have count',
    301: 'Not initialized',
    401: 'Not implemented error',
    402: 'Invalid set value, element is a keyword',
    403: 'Element is read only',
    404: 'Element is write only',
    405: 'Incorrect data type'
  };

  var ERRORS_2004 = {
    0: 'No Error',
    101: 'General Exception',
    102: 'General Initialization Failure',
    103: 'Already Initialized',
    104: 'Content Instance Terminated',
    111: 'General Termination Failure',
    112: 'Termination Before Initialization',
    113: 'Termination After Termination',
    122: 'Retrieve Data Before Initialization',
    123: 'Retrieve Data After Termination',
    132: 'Store Data Before Initialization',
    133: 'Store Data After Termination',
    142: 'Commit Before Initialization',
    143: 'Commit After Termination',
    201: 'General Argument Error',
    301: 'General Get Failure',
    351: 'General Set Failure',
    391: 'General Commit Failure',
    401: 'Undefined Data Model Element',
    402: 'Unimplemented Data Model Element',
    403: 'Data Model Element Value Not Initialized',
    404: 'Data Model Element Is Read Only',
    405: 'Data Model Element Is Write Only',
    406: 'Data Model Element Type Mismatch',
    407: 'Data Model Element Value Out Of Range',
    408: 'Data Model Dependency Not Established'
  };

  // Reasons returned by the data model, turned into 1.2 codes (get and set alike).
  var REASONS_12 = {
    argument: 201, undefined: 401, readOnly: 403, writeOnly: 404, type: 405, range: 405, index: 201,
    noChildren: 202, noCount: 203, keyword: 402, notInitialized: 0, dependency: 101, general: 101
  };
  var REASONS_2004_GET = {
    argument: 301, undefined: 401, writeOnly: 405, index: 301, noChildren: 301, noCount: 301,
    notInitialized: 403, general: 301
  };
  var REASONS_2004_SET = {
    argument: 351, undefined: 401, readOnly: 404, keyword: 404, type: 406, range: 407, index: 351,
    dependency: 408, general: 351
  };

  // ---------------------------------------------------------------------------------------------
  // The data model: values, array counts, validation. It knows nothing of the session lifecycle.
  // ---------------------------------------------------------------------------------------------

  var INDEX = /^(0|[1-9]\d*)$/;
  var NAV_TARGET = /^adl\.nav\.request_valid\.(choice|jump)\.\{target=[^}]+\}$/;

  function DataModel(profile, state, log) {
    this.profile = profile;
    this.log = log;
    this.values = {};
    this.counts = {};
    this.arrays = {};
    for (var a = 0; a < profile.arrays.length; a++) {
      this.arrays[profile.arrays[a]] = true;
    }
    var names = Object.keys(state || {});
    for (var i = 0; i < names.length; i++) {
      var value = state[names[i]];
      if (value === null || value === undefined) {
        continue;
      }
      this.values[names[i]] = String(value);
      var parsed = this.parse(names[i]);
      for (var j = 0; j < parsed.indexes.length; j++) {
        this.grow(parsed.indexes[j]);
      }
      if (parsed.def && this.isOversized(names[i], parsed.def)) {
        log('warn', names[i] + ' arrives with ' + this.values[names[i]].length + ' characters, over the limit of ' + parsed.def.spm);
      }
    }
  }

  // Splits an element name into its pattern ("n" for indexes), its indexes and a trailing keyword.
  DataModel.prototype.parse = function (name) {
    var result = { name: name, pattern: '', indexes: [], keyword: null, def: null };
    if (NAV_TARGET.test(name)) {
      result.pattern = name.replace(/\{target=[^}]+\}$/, '{target}');
      result.def = this.profile.elements[result.pattern];
      return result;
    }
    var segments = name.split('.');
    var pattern = [];
    var concrete = [];
    for (var i = 0; i < segments.length; i++) {
      var segment = segments[i];
      if (INDEX.test(segment) && this.arrays[pattern.join('.')]) {
        result.indexes.push({ array: concrete.join('.'), index: Number(segment) });
        pattern.push('n');
      }
      else if ((segment === '_count' || segment === '_children') && i === segments.length - 1) {
        result.keyword = segment;
      }
      else {
        pattern.push(segment);
      }
      concrete.push(segment);
    }
    result.pattern = pattern.join('.');
    if (!result.keyword) {
      result.def = this.profile.elements[result.pattern] || null;
    }
    return result;
  };

  // True when the pattern names an element, an array or a parent that has children.
  DataModel.prototype.isKnown = function (pattern) {
    if (this.profile.elements[pattern] || this.arrays[pattern] || this.profile.children[pattern]) {
      return true;
    }
    var prefix = pattern + '.';
    return Object.keys(this.profile.elements).some(function (element) {
      return element.indexOf(prefix) === 0;
    });
  };

  DataModel.prototype.count = function (array) {
    return this.counts[array] || 0;
  };

  DataModel.prototype.grow = function (position) {
    if (position.index >= this.count(position.array)) {
      this.counts[position.array] = position.index + 1;
    }
  };

  DataModel.prototype.isOversized = function (name, def) {
    return def.spm !== undefined && this.values[name] !== undefined && this.values[name].length > def.spm;
  };

  // Reads an element: {value} or {reason}; value with reason 'notInitialized' means "" plus 403.
  DataModel.prototype.get = function (name) {
    if (name === '') {
      return { reason: 'argument', diagnostic: 'The element name is empty' };
    }
    var parsed = this.parse(name);
    if (parsed.keyword === '_children') {
      if (this.profile.children[parsed.pattern]) {
        return { value: this.profile.children[parsed.pattern] };
      }
      return this.isKnown(parsed.pattern)
        ? { reason: 'noChildren', diagnostic: parsed.pattern + ' has no children' }
        : { reason: 'undefined', diagnostic: name + ' is not a data model element' };
    }
    if (parsed.keyword === '_count') {
      if (!this.arrays[parsed.pattern]) {
        return this.isKnown(parsed.pattern)
          ? { reason: 'noCount', diagnostic: parsed.pattern + ' is not an array' }
          : { reason: 'undefined', diagnostic: name + ' is not a data model element' };
      }
      var outOfRange = this.missingIndex(parsed, false);
      if (outOfRange) {
        return outOfRange;
      }
      return { value: String(this.count(name.slice(0, -'._count'.length))) };
    }
    if (!parsed.def) {
      return { reason: 'undefined', diagnostic: name + ' is not a data model element' };
    }
    if (parsed.def.access === WO) {
      return { reason: 'writeOnly', diagnostic: name + ' is write-only' };
    }
    var missing = this.missingIndex(parsed, false);
    if (missing) {
      return missing;
    }
    var evaluated = this.evaluate(parsed.pattern);
    if (evaluated !== undefined) {
      return { value: evaluated };
    }
    if (this.values[name] !== undefined) {
      return { value: this.values[name] };
    }
    if (parsed.def.dflt !== undefined) {
      return { value: parsed.def.dflt };
    }
    return { value: '', reason: 'notInitialized', diagnostic: name + ' has not been set' };
  };

  // SCORM 2004 statuses derived from thresholds the LMS gave (RTE 4.2.4.1 and 4.2.22.1).
  DataModel.prototype.evaluate = function (pattern) {
    var v = this.values;
    if (this.profile.version !== '2004') {
      return undefined;
    }
    if (pattern === 'cmi.completion_status' && v['cmi.completion_threshold'] !== undefined) {
      if (v['cmi.progress_measure'] === undefined) {
        return 'unknown';
      }
      return Number(v['cmi.progress_measure']) >= Number(v['cmi.completion_threshold']) ? 'completed' : 'incomplete';
    }
    if (pattern === 'cmi.success_status' && v['cmi.scaled_passing_score'] !== undefined) {
      if (v['cmi.score.scaled'] === undefined) {
        return 'unknown';
      }
      return Number(v['cmi.score.scaled']) >= Number(v['cmi.scaled_passing_score']) ? 'passed' : 'failed';
    }
    return undefined;
  };

  // Each index must point at an existing record, or (when setting) at the next one.
  DataModel.prototype.missingIndex = function (parsed, setting) {
    for (var i = 0; i < parsed.indexes.length; i++) {
      var position = parsed.indexes[i];
      var count = this.count(position.array);
      if (position.index > count || (position.index === count && !setting)) {
        return {
          reason: 'index',
          diagnostic: position.array + ' has ' + count + ' record(s); index ' + position.index + ' is out of order'
        };
      }
    }
    return null;
  };

  // Writes an element: {ok: true} or {reason, diagnostic}. Nothing is stored on a refusal.
  DataModel.prototype.set = function (name, value) {
    if (name === '') {
      return { reason: 'argument', diagnostic: 'The element name is empty' };
    }
    var parsed = this.parse(name);
    if (parsed.keyword) {
      return this.isKnown(parsed.pattern)
        ? { reason: 'keyword', diagnostic: name + ' is a keyword and cannot be set' }
        : { reason: 'undefined', diagnostic: name + ' is not a data model element' };
    }
    var def = parsed.def;
    if (!def) {
      return { reason: 'undefined', diagnostic: name + ' is not a data model element' };
    }
    if (def.access === RO) {
      return { reason: 'readOnly', diagnostic: name + ' is read-only' };
    }
    var missing = this.missingIndex(parsed, true);
    if (missing) {
      return missing;
    }
    var dependency = this.dependency(parsed, value);
    if (dependency) {
      return dependency;
    }
    var problem = validators[def.type](value, def, this, name);
    if (!problem && def.max !== undefined && def.type === 'string' && value.length > def.max) {
      problem = 'type';
    }
    if (problem) {
      return { reason: problem, diagnostic: '"' + value + '" is ' + (problem === 'range' ? 'out of range' : 'not a valid value') + ' for ' + name };
    }
    var unique = this.uniqueness(parsed, value);
    if (unique) {
      return unique;
    }
    this.values[name] = value;
    for (var i = 0; i < parsed.indexes.length; i++) {
      this.grow(parsed.indexes[i]);
    }
    if (this.isOversized(name, def)) {
      this.log('warn', name + ' is ' + value.length + ' characters long, over the standard limit of ' + def.spm + '; kept whole');
    }
    return { ok: true };
  };

  // SCORM 2004 dependencies: a record needs its id first, a response needs the interaction's type.
  DataModel.prototype.dependency = function (parsed, value) {
    if (this.profile.version !== '2004') {
      return null;
    }
    var p = parsed.pattern;
    var record = parsed.indexes[0];
    var recordArray = record && (record.array === 'cmi.objectives' || record.array === 'cmi.interactions');
    if (recordArray && p !== 'cmi.objectives.n.id' && p !== 'cmi.interactions.n.id') {
      if (this.values[record.array + '.' + record.index + '.id'] === undefined) {
        return { reason: 'dependency', diagnostic: record.array + '.' + record.index + '.id must be set first' };
      }
    }
    if (p === 'cmi.interactions.n.learner_response' || p === 'cmi.interactions.n.correct_responses.n.pattern') {
      var type = this.values['cmi.interactions.' + record.index + '.type'];
      if (type === undefined) {
        return { reason: 'dependency', diagnostic: 'cmi.interactions.' + record.index + '.type must be set first' };
      }
      if (parsed.indexes.length === 2 && parsed.indexes[1].index > 0 && this.profile.singlePattern.indexOf(type) >= 0) {
        return { reason: 'general', diagnostic: 'A ' + type + ' interaction has a single correct response' };
      }
    }
    return null;
  };

  // SCORM 2004 identifiers: an objective keeps its id, and ids are unique within their array.
  DataModel.prototype.uniqueness = function (parsed, value) {
    if (this.profile.version !== '2004' || !/(^|\.)objectives\.n\.id$/.test(parsed.pattern)) {
      return null;
    }
    var position = parsed.indexes[parsed.indexes.length - 1];
    var own = this.values[position.array + '.' + position.index + '.id'];
    if (parsed.pattern === 'cmi.objectives.n.id' && own !== undefined && own !== value) {
      return { reason: 'general', diagnostic: 'An objective id cannot change once set' };
    }
    for (var i = 0; i < this.count(position.array); i++) {
      if (i !== position.index && this.values[position.array + '.' + i + '.id'] === value) {
        return { reason: 'general', diagnostic: 'The id ' + value + ' is already used at index ' + i };
      }
    }
    return null;
  };

  // The payload's flat map: every value set or given, with 2004 statuses as the SCO reads them.
  DataModel.prototype.snapshot = function () {
    var copy = {};
    var names = Object.keys(this.values);
    for (var i = 0; i < names.length; i++) {
      copy[names[i]] = this.values[names[i]];
    }
    var statuses = ['cmi.completion_status', 'cmi.success_status'];
    for (var s = 0; s < statuses.length; s++) {
      var evaluated = this.evaluate(statuses[s]);
      if (evaluated !== undefined) {
        copy[statuses[s]] = evaluated;
      }
    }
    return copy;
  };

  DataModel.prototype.oversized = function () {
    var model = this;
    return Object.keys(this.values).filter(function (name) {
      var def = model.parse(name).def;
      return def && model.isOversized(name, def);
    });
  };

  // ---------------------------------------------------------------------------------------------
  // The session: lifecycle, commits and autosave, shared by both API shapes.
  // ---------------------------------------------------------------------------------------------

  function noop() {
  }

  function Session(profile, options) {
    this.profile = profile;
    this.log = typeof options.log === 'function' ? options.log : noop;
    this.transport = options.transport || {};
    this.autosaveMs = options.autosaveMs === undefined ? 10000 : options.autosaveMs;
    this.model = new DataModel(profile, options.state, this.log);
    this.state = 'new';
    this.changes = 0;
    this.committed = 0;
    this.autosaved = 0;
    this.timer = null;
    this.lastError = 0;
    this.diagnostic = '';
  }

  Session.prototype.fail = function (code, diagnostic) {
    this.lastError = code;
    this.diagnostic = diagnostic || '';
    if (code !== 0) {
      this.log('debug', 'SCORM error ' + code + ': ' + this.diagnostic);
    }
  };

  Session.prototype.dirty = function () {
    return this.changes > this.committed;
  };

  Session.prototype.payload = function (terminated) {
    var values = this.model.snapshot();
    return {
      version: this.profile.version,
      values: values,
      exit: values[this.profile.exitElement] || '',
      sessionTime: values[this.profile.sessionTimeElement] || '',
      terminated: terminated,
      oversized: this.model.oversized()
    };
  };

  Session.prototype.start = function () {
    this.state = 'running';
    var session = this;
    if (this.autosaveMs > 0 && typeof setInterval === 'function') {
      this.timer = setInterval(function () {
        session.autosave(false);
      }, this.autosaveMs);
    }
  };

  Session.prototype.stop = function () {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  };

  // Sends unsaved changes once, without waiting; a commit still has to confirm them.
  Session.prototype.autosave = function (terminated) {
    if (!this.dirty() || this.changes === this.autosaved || typeof this.transport.autosave !== 'function') {
      return;
    }
    this.autosaved = this.changes;
    try {
      this.transport.autosave(this.payload(terminated));
    }
    catch (ex) {
      this.log('error', 'Autosave failed: ' + ex);
    }
  };

  // Sends the whole state and waits for the server; true only once it says it stored it.
  Session.prototype.commit = function (terminated) {
    var changes = this.changes;
    var stored = false;
    try {
      stored = typeof this.transport.commit === 'function' && this.transport.commit(this.payload(terminated)) === true;
    }
    catch (ex) {
      this.log('error', 'Commit failed: ' + ex);
    }
    if (stored) {
      this.committed = changes;
      this.autosaved = Math.max(this.autosaved, changes);
    }
    else {
      this.log('error', 'The server did not store the learner\'s progress');
    }
    return stored;
  };

  Session.prototype.terminate = function () {
    if (!this.commit(true)) {
      // Last resort while the page may be closing; the session stays open so the SCO can retry.
      if (typeof this.transport.autosave === 'function') {
        try {
          this.transport.autosave(this.payload(true));
        }
        catch (ex) {
          this.log('error', 'Autosave failed: ' + ex);
        }
      }
      return false;
    }
    this.state = 'terminated';
    this.stop();
    return true;
  };

  Session.prototype.store = function (name, value) {
    var result = this.model.set(name, value);
    if (result.ok) {
      this.changes++;
    }
    return result;
  };

  function text(value) {
    return value === undefined || value === null ? '' : String(value);
  }

  function bool(flag) {
    return flag ? 'true' : 'false';
  }

  // ---------------------------------------------------------------------------------------------
  // SCORM 1.2 API object (window.API).
  // ---------------------------------------------------------------------------------------------

  function api12(session) {
    function code(reason) {
      return REASONS_12[reason];
    }
    return {
      LMSInitialize: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'LMSInitialize takes an empty string');
          return 'false';
        }
        if (session.state !== 'new') {
          session.fail(101, session.state === 'running' ? 'Already initialized' : 'The session has finished');
          return 'false';
        }
        session.start();
        session.fail(0);
        return 'true';
      },
      LMSFinish: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'LMSFinish takes an empty string');
          return 'false';
        }
        if (session.state !== 'running') {
          session.fail(301, 'LMSFinish called while not initialized');
          return 'false';
        }
        if (!session.terminate()) {
          session.fail(101, 'The server did not store the data');
          return 'false';
        }
        session.fail(0);
        return 'true';
      },
      LMSGetValue: function (element) {
        if (session.state !== 'running') {
          session.fail(301, 'LMSGetValue called while not initialized');
          return '';
        }
        var result = session.model.get(text(element));
        var error = result.reason ? code(result.reason) : 0;
        session.fail(error, result.diagnostic);
        return error === 0 ? text(result.value) : '';
      },
      LMSSetValue: function (element, value) {
        if (session.state !== 'running') {
          session.fail(301, 'LMSSetValue called while not initialized');
          return 'false';
        }
        var result = session.store(text(element), text(value));
        session.fail(result.ok ? 0 : code(result.reason), result.diagnostic);
        return bool(result.ok);
      },
      LMSCommit: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'LMSCommit takes an empty string');
          return 'false';
        }
        if (session.state !== 'running') {
          session.fail(301, 'LMSCommit called while not initialized');
          return 'false';
        }
        var stored = session.commit(false);
        session.fail(stored ? 0 : 101, stored ? '' : 'The server did not store the data');
        return bool(stored);
      },
      LMSGetLastError: function () {
        return String(session.lastError);
      },
      LMSGetErrorString: function (errorCode) {
        return ERRORS_12[text(errorCode)] || '';
      },
      LMSGetDiagnostic: function (errorCode) {
        var asked = text(errorCode);
        if (asked === '' || asked === String(session.lastError)) {
          return session.diagnostic || ERRORS_12[session.lastError] || '';
        }
        return ERRORS_12[asked] || '';
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // SCORM 2004 API object (window.API_1484_11).
  // ---------------------------------------------------------------------------------------------

  function api2004(session) {
    // Lifecycle checks shared by the calls: [before Initialize, after Terminate].
    function lifecycle(codes, call) {
      if (session.state === 'new') {
        session.fail(codes[0], call + ' called before Initialize');
        return false;
      }
      if (session.state === 'terminated') {
        session.fail(codes[1], call + ' called after Terminate');
        return false;
      }
      return true;
    }
    return {
      Initialize: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'Initialize takes an empty string');
          return 'false';
        }
        if (session.state === 'running') {
          session.fail(103, 'Initialize was already called');
          return 'false';
        }
        if (session.state === 'terminated') {
          session.fail(104, 'This content instance has terminated');
          return 'false';
        }
        session.start();
        session.fail(0);
        return 'true';
      },
      Terminate: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'Terminate takes an empty string');
          return 'false';
        }
        if (!lifecycle([112, 113], 'Terminate')) {
          return 'false';
        }
        if (!session.terminate()) {
          session.fail(391, 'The server did not store the data');
          return 'false';
        }
        session.fail(0);
        return 'true';
      },
      GetValue: function (element) {
        if (!lifecycle([122, 123], 'GetValue')) {
          return '';
        }
        var result = session.model.get(text(element));
        var error = result.reason ? REASONS_2004_GET[result.reason] : 0;
        session.fail(error, result.diagnostic);
        return result.value !== undefined && (error === 0 || error === 403) ? text(result.value) : '';
      },
      SetValue: function (element, value) {
        if (!lifecycle([132, 133], 'SetValue')) {
          return 'false';
        }
        var result = session.store(text(element), text(value));
        session.fail(result.ok ? 0 : REASONS_2004_SET[result.reason], result.diagnostic);
        return bool(result.ok);
      },
      Commit: function (parameter) {
        if (text(parameter) !== '') {
          session.fail(201, 'Commit takes an empty string');
          return 'false';
        }
        if (!lifecycle([142, 143], 'Commit')) {
          return 'false';
        }
        var stored = session.commit(false);
        session.fail(stored ? 0 : 391, stored ? '' : 'The server did not store the data');
        return bool(stored);
      },
      GetLastError: function () {
        return String(session.lastError);
      },
      GetErrorString: function (errorCode) {
        return ERRORS_2004[text(errorCode)] || '';
      },
      GetDiagnostic: function (errorCode) {
        var asked = text(errorCode);
        if (asked === '' || asked === String(session.lastError)) {
          return session.diagnostic || ERRORS_2004[session.lastError] || '';
        }
        return ERRORS_2004[asked] || '';
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Public entry points.
  // ---------------------------------------------------------------------------------------------

  function install(target, options) {
    options = options || {};
    var version = String(options.version || '1.2');
    if (version !== '1.2' && version !== '2004') {
      throw new Error('Unsupported SCORM version: ' + version);
    }
    var session = new Session(version === '1.2' ? SCORM_12 : SCORM_2004, options);
    var api = version === '1.2' ? api12(session) : api2004(session);
    target[version === '1.2' ? 'API' : 'API_1484_11'] = api;
    session.log('info', 'SCORM ' + version + ' runtime installed');
    return {
      api: api,
      data: function () {
        return session.model.snapshot();
      },
      dirty: function () {
        return session.dirty();
      },
      payload: function () {
        return session.payload(session.state === 'terminated');
      },
      stop: function () {
        session.stop();
      }
    };
  }

  // Keepalive requests are limited to 64 KiB of body by browsers; beyond that a plain fetch is used.
  var KEEPALIVE_LIMIT = 60000;

  function httpTransport(commitUrl, csrfHeaderName, csrfToken) {
    function headers(request) {
      request('Content-Type', 'application/json');
      if (csrfHeaderName && csrfToken) {
        request(csrfHeaderName, csrfToken);
      }
    }
    return {
      commit: function (payload) {
        try {
          var xhr = new root.XMLHttpRequest();
          xhr.open('POST', commitUrl, false);
          headers(function (name, value) {
            xhr.setRequestHeader(name, value);
          });
          xhr.send(JSON.stringify(payload));
          if (xhr.status < 200 || xhr.status >= 300) {
            return false;
          }
          var answer = JSON.parse(xhr.responseText);
          return answer !== null && typeof answer === 'object' && answer.stored === true;
        }
        catch (ex) {
          return false;
        }
      },
      autosave: function (payload) {
        var body = JSON.stringify(payload);
        if (typeof root.fetch === 'function') {
          var sent = {};
          headers(function (name, value) {
            sent[name] = value;
          });
          root.fetch(commitUrl, {
            method: 'POST', headers: sent, body: body, credentials: 'same-origin',
            keepalive: (typeof root.Blob === 'function' ? new root.Blob([body]).size : body.length * 3) < KEEPALIVE_LIMIT
          }).catch(noop);
          return;
        }
        // A beacon cannot carry headers, so the CSRF token travels as the _csrf parameter.
        var nav = root.navigator;
        if (nav && typeof nav.sendBeacon === 'function') {
          var url = csrfToken ? commitUrl + (commitUrl.indexOf('?') < 0 ? '?' : '&') + '_csrf=' + encodeURIComponent(csrfToken) : commitUrl;
          nav.sendBeacon(url, new root.Blob([body], { type: 'application/json' }));
        }
      }
    };
  }

  root.EgideScormRuntime = {
    install: install,
    httpTransport: httpTransport,
    // Exposed for tests and tools: the element tables and error strings.
    tables: { '1.2': SCORM_12, '2004': SCORM_2004 },
    errors: { '1.2': ERRORS_12, '2004': ERRORS_2004 }
  };
})(typeof window !== 'undefined' ? window : this);

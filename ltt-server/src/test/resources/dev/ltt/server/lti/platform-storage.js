// The test platform's side of LTI platform storage (lti.capabilities, lti.put_data, lti.get_data), on its
// course page: it answers only its own tool frame, only from the tool's origin, and keeps values per origin.
// With data-tamper="true" it stores another value than the one sent, to show a mismatch is refused.
(function () {
  'use strict';
  var config = document.getElementById('platform-storage').dataset;
  var store = {};
  window.platformStorageLog = [];
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.subject !== 'string') return;
    var frame = document.getElementById('tool');
    if (event.source !== frame.contentWindow || event.origin !== config.toolOrigin) {
      window.platformStorageLog.push('refused ' + data.subject + ' from ' + event.origin);
      return;
    }
    window.platformStorageLog.push(data.subject + ' ' + (data.key || ''));
    var answer = {subject: data.subject + '.response', message_id: data.message_id};
    var slot = event.origin + ' ' + data.key;
    if (data.subject === 'lti.capabilities') {
      answer.supported_messages = [{subject: 'lti.capabilities'}, {subject: 'lti.put_data', frame: '_parent'},
        {subject: 'lti.get_data', frame: '_parent'}];
    } else if (data.subject === 'lti.put_data') {
      store[slot] = config.tamper === 'true' ? data.value + '-other' : data.value;
      answer.key = data.key;
      answer.value = data.value;
    } else if (data.subject === 'lti.get_data') {
      answer.key = data.key;
      if (Object.prototype.hasOwnProperty.call(store, slot)) answer.value = store[slot];
      else answer.error = {code: 'unknown_key', message: 'no value for ' + data.key};
    } else {
      answer.error = {code: 'unsupported_subject', message: data.subject};
    }
    event.source.postMessage(answer, event.origin);
  });
})();

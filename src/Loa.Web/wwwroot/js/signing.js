// The signing page (Pages/Signing/Document): asks Loa for the signing request, hands it to the local signing agent over
// ws://127.0.0.1:PORT (protocol loa-sign/1, docs/decisions/0034), shows its progress, and reloads once the agent has uploaded.
(function () {
  "use strict";
  var form = document.getElementById("signing-form");
  if (!form) {
    return;
  }
  var status = document.getElementById("signing-status");
  var steps = document.getElementById("signing-steps");
  var button = document.getElementById("sign-button");
  var portInput = document.getElementById("agent-port");
  var stepNames = { download: "Phần mềm ký số đang tải văn bản", sign: "Đang ký số (có thể cần nhập mã PIN của USB ký số)", upload: "Đang gửi bản đã ký về Loa" };
  var saved = window.localStorage && localStorage.getItem("loa.signing.port");
  if (saved) {
    portInput.value = saved;
  }

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || "";
  }

  function step(text) {
    var item = document.createElement("li");
    item.textContent = text;
    steps.appendChild(item);
  }

  function noAgent(port) {
    say("Chưa thấy phần mềm ký số trên máy (cổng " + port + "). Hãy cài đặt và mở phần mềm ký số, cắm USB ký số rồi bấm “Ký số” lại.", "error");
    button.disabled = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var port = parseInt(portInput.value, 10) || 8765;
    if (window.localStorage) {
      localStorage.setItem("loa.signing.port", String(port));
    }
    button.disabled = true;
    steps.textContent = "";
    say("Đang kết nối phần mềm ký số…");
    var socket;
    try {
      socket = new WebSocket("ws://127.0.0.1:" + port + "/");
    } catch (e) {
      noAgent(port);
      return;
    }
    var opened = false;
    var finished = false;
    socket.onerror = function () {
      if (!opened) {
        noAgent(port);
      }
    };
    socket.onclose = function () {
      if (opened && !finished) {
        say("Phần mềm ký số đã ngắt kết nối trước khi ký xong. Hãy thử lại.", "error");
        button.disabled = false;
      }
    };
    socket.onopen = function () {
      opened = true;
      step("Đã kết nối phần mềm ký số.");
      var token = form.querySelector("input[name=__RequestVerificationToken]").value;
      fetch(document.getElementById("signing").dataset.request, {
        method: "POST",
        headers: { "RequestVerificationToken": token },
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.message || "Không tạo được yêu cầu ký số.");
          }
          return body;
        });
      }).then(function (request) {
        step("Đã gửi yêu cầu ký " + request.files.length + " tệp.");
        socket.send(JSON.stringify(request));
      }).catch(function (error) {
        finished = true;
        say(error.message, "error");
        button.disabled = false;
        socket.close();
      });
    };
    socket.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (message.type === "progress") {
        step(stepNames[message.step] || message.step);
      } else if (message.type === "file-done") {
        step("Loa đã nhận và kiểm tra bản đã ký.");
      } else if (message.type === "error") {
        finished = true;
        say("Không ký được: " + (message.message || "lỗi không rõ."), "error");
        button.disabled = false;
        socket.close();
      } else if (message.type === "done") {
        finished = true;
        say("Đã ký số xong. Đang tải lại trang…", "ok");
        socket.close();
        window.location.reload();
      }
    };
  });
}());

// The mock ClickSend inbox. Every value from the mock is inserted as text (textContent / text nodes),
// never as HTML; links are made only of http(s) URLs.
"use strict";

const state = { messages: [], threads: [], total: 0, account: null, selected: null, target: null, query: "", draft: "" };
let loading = null;
let again = false;

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value == null ? "" : String(value);
    else if (key.startsWith("data-")) node.setAttribute(key, String(value));
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child); // a string becomes a text node
  }
  return node;
}

function when(seconds) {
  if (!seconds) return "";
  const date = new Date(Number(seconds) * 1000);
  const day = date.toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  const time = date.toTimeString().slice(0, 8);
  return day === today ? time : day + " " + time;
}

function safeUrl(text) {
  try {
    const url = new URL(String(text));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (error) {
    return null;
  }
}

function showError(text) {
  const box = document.getElementById("error");
  box.textContent = text || "";
  box.hidden = !text;
}

async function getJson(url) {
  const answer = await fetch(url, { cache: "no-store" });
  const data = await answer.json();
  if (!answer.ok) throw new Error(data.error || answer.statusText);
  return data;
}

async function refresh() {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    try {
      const query = encodeURIComponent(state.query);
      const [messages, account] = await Promise.all([getJson("/_mock/messages?q=" + query), getJson("/_mock/account")]);
      state.messages = messages.messages;
      state.threads = messages.threads;
      state.total = messages.total;
      state.account = account;
      render();
      showError("");
    } catch (error) {
      showError("Could not read the mock: " + error.message);
    } finally {
      loading = null;
    }
    if (again) {
      again = false;
      await refresh();
    }
  })();
  return loading;
}

async function act(messageId, action, payload) {
  const answer = await fetch("/_mock/messages/" + encodeURIComponent(messageId) + "/" + action, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  const data = await answer.json();
  if (!answer.ok) {
    showError(data.error || answer.statusText);
    return false;
  }
  await refresh();
  return true;
}

// ------------------------------------------------------------------ the list of conversations and messages

function entries() {
  const list = state.threads.map((thread) => {
    const last = thread.messages[thread.messages.length - 1];
    return { key: "thread:" + thread.number, title: thread.number, kind: last.kind, last, date: thread.latest, thread };
  });
  for (const message of state.messages) {
    if (message.kind !== "sms" && message.kind !== "mms") {
      list.push({ key: "message:" + message.message_id, title: message.to, kind: message.kind, last: message, date: message.date, message });
    }
  }
  list.sort((a, b) => (b.date || 0) - (a.date || 0));
  return list;
}

function renderEntries(list) {
  const items = list.map((entry) =>
    el(
      "li",
      { class: entry.key === state.selected ? "selected" : "", "data-key": entry.key, onclick: () => select(entry.key) },
      el("div", { class: "entry-top" }, el("span", { class: "entry-title" }, el("span", { class: "kind", text: entry.kind }), entry.title || "(no recipient)"), el("span", { class: "time", text: when(entry.date) })),
      el("div", { class: "snippet", text: (entry.last.direction === "in" ? "↩ " : "") + (entry.last.subject || entry.last.body || entry.last.status) }),
    ),
  );
  document.getElementById("entries").replaceChildren(...items);
  document.getElementById("empty").hidden = list.length > 0;
  const more = document.getElementById("more");
  more.hidden = state.total <= state.messages.length;
  more.textContent = "the newest " + state.messages.length + " of " + state.total + " messages: search to find the others";
}

function select(key) {
  if (state.selected !== key) {
    state.target = null;
    state.draft = "";
  }
  state.selected = key;
  render();
}

// ------------------------------------------------------------------ one message, one conversation

function statusChip(status) {
  return el("span", { class: "status status-" + status, text: status });
}

function timeline(message) {
  return el(
    "ol",
    { class: "timeline" },
    ...message.timeline.map((step) =>
      el("li", { "data-status": step.status }, when(step.time) + " ", statusChip(step.status), step.code ? el("span", { class: "code", text: " " + step.code }) : null, " " + step.text),
    ),
  );
}

function links(message) {
  if (!message.links.length) return null;
  return el(
    "div",
    { class: "links" },
    ...message.links.map((link) => {
      const url = safeUrl(link.url);
      return url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: link.label + ": " + link.url }) : el("span", { text: link.label + ": " + link.url });
    }),
  );
}

function actions(message) {
  const buttons = [];
  if (message.actions.includes("delivered")) buttons.push(el("button", { type: "button", class: "mark-delivered", text: "Mark delivered", onclick: () => act(message.message_id, "receipt", { status: "delivered" }) }));
  if (message.actions.includes("failed")) buttons.push(el("button", { type: "button", class: "mark-failed", text: "Mark failed", onclick: () => act(message.message_id, "receipt", { status: "failed" }) }));
  if (message.actions.includes("reply")) buttons.push(el("button", { type: "button", class: "reply-to", text: "Reply to this", onclick: () => { state.target = message.message_id; render(); document.getElementById("reply-body").focus(); } }));
  return buttons.length ? el("div", { class: "actions" }, ...buttons) : null;
}

function bubble(message, target) {
  const meta = el("div", { class: "meta" }, statusChip(message.status), el("span", { class: "time", text: when(message.date) }));
  if (message.direction === "out" && message.from) meta.append(el("span", { class: "muted", text: "from " + message.from }));
  return el(
    "div",
    { class: "bubble " + message.direction + (message.message_id === target ? " target" : ""), "data-message-id": message.message_id },
    message.subject ? el("div", { class: "entry-title", text: message.subject }) : null,
    el("div", { class: "body", text: message.body }),
    links(message),
    meta,
    message.direction === "out" ? timeline(message) : null,
    message.direction === "out" ? actions(message) : null,
  );
}

function renderThread(thread) {
  const outbound = thread.messages.filter((m) => m.direction === "out");
  if (!outbound.some((m) => m.message_id === state.target)) state.target = outbound.length ? outbound[outbound.length - 1].message_id : null;
  const target = state.target;
  const box = el("textarea", { id: "reply-body", placeholder: "Reply as " + thread.number + "...", rows: 2, value: state.draft });
  box.addEventListener("input", () => {
    state.draft = box.value;
  });
  const send = async () => {
    const text = box.value;
    if (!text.trim() || !target) return;
    state.draft = "";
    box.value = "";
    if (!(await act(target, "reply", { body: text }))) box.value = state.draft = text;
  };
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
  return [
    el("h2", { text: thread.number }),
    el("div", { class: "thread" }, ...thread.messages.map((m) => bubble(m, target))),
    el("div", { class: "reply" }, box, el("button", { type: "button", id: "reply-send", class: "primary", text: "Send reply", onclick: send })),
  ];
}

function renderMessage(message) {
  const fields = el("dl", { class: "fields" });
  for (const [name, value] of [["to", message.to], ["from", message.from], ["subject", message.subject], ["message id", message.message_id], ["custom string", message.custom_string], ["price", message.price], ["sent", when(message.date)]]) {
    if (value) fields.append(el("dt", { text: name }), el("dd", { text: value }));
  }
  return [
    el("h2", {}, el("span", { class: "kind", text: message.kind }), message.subject || message.to || ""),
    fields,
    message.body ? el("div", { class: "body", text: message.body }) : null,
    links(message),
    el("div", { class: "meta" }, statusChip(message.status)),
    timeline(message),
    actions(message),
  ].filter(Boolean);
}

function renderDetail(list) {
  const entry = list.find((e) => e.key === state.selected);
  const detail = document.getElementById("detail");
  if (!entry) {
    detail.replaceChildren(el("p", { class: "empty", text: list.length ? "Pick a conversation or message." : "" }));
    return;
  }
  detail.replaceChildren(...(entry.thread ? renderThread(entry.thread) : renderMessage(entry.message)));
}

// ------------------------------------------------------------------ the account

function renderAccount() {
  const account = state.account;
  if (!account) return;
  const parts = [el("h2", { text: "Account" }), el("div", { class: "balance", id: "balance", text: account.balance + " " + account.currency }), el("div", { class: "muted", text: account.username })];
  parts.push(el("h3", { text: "Automation rules" }));
  const rules = Object.entries(account.rules).flatMap(([kind, list]) => list.map((rule) => ({ kind, rule })));
  if (!rules.length) parts.push(el("p", { class: "muted", text: "none: receipts and replies wait in the poll queues" }));
  else parts.push(el("ul", {}, ...rules.map(({ kind, rule }) => el("li", { text: kind.replace(/_rules$/, "").replace(/_/g, " ") + ": " + rule.action + (rule.action_address && rule.action !== "POLL" ? " " + rule.action_address : "") + (String(rule.enabled) === "0" ? " (disabled)" : "") }))));
  parts.push(el("h3", { text: "Contact lists" }));
  if (!account.lists.length) parts.push(el("p", { class: "muted", text: "none" }));
  else parts.push(el("ul", {}, ...account.lists.map((l) => el("li", { text: l.list_name + " (" + l.contacts + " contacts)" }))));
  parts.push(el("p", { class: "muted", text: account.pushes + " webhook pushes" }));
  document.getElementById("account").replaceChildren(...parts);
}

function render() {
  const list = entries();
  if (!state.selected && list.length) state.selected = list[0].key;
  renderEntries(list);
  const typing = document.activeElement && document.activeElement.id === "reply-body";
  renderDetail(list);
  const box = document.getElementById("reply-body");
  if (typing && box) box.focus();
  renderAccount();
}

// ------------------------------------------------------------------ live updates

function listen() {
  const live = document.getElementById("live");
  const events = new EventSource("/_mock/events");
  events.addEventListener("open", () => {
    live.textContent = "live";
    live.classList.remove("off");
  });
  events.addEventListener("error", () => {
    live.textContent = "reconnecting";
    live.classList.add("off");
  });
  events.addEventListener("change", () => refresh());
}

document.getElementById("search").addEventListener("input", (event) => {
  state.query = event.target.value;
  refresh();
});
listen();
refresh();

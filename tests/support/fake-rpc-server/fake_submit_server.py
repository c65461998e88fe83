#!/usr/bin/python3
"""A test double of a BOINC project's remote job submission web RPC.

It answers as BOINC's PHP handlers do (docs: submission-paths.md sections 2.1 and 3.4):
submit_rpc_handler.php, job_file.php, get_output.php and lookup_account.php, over HTTPS
when given a certificate. Replies carry the ISO-8859-1 XML prolog and echo the request's
outer tag; errors are the xml_error() envelope with HTTP status 200; get_output.php fails
with plain-text "ERROR: ...". abort_jobs prints the non-XML "<aborted NAME>" lines.

The test drives it through a second, plain-HTTP port on 127.0.0.1 (--control-port):
POST /control with a JSON object {"cmd": ..., ...}; see Control below. Everything lives in
memory; the process is stopped by its PID.
"""

import argparse
import hashlib
import io
import json
import re
import socket
import ssl
import sys
import threading
import time
import urllib.parse
import zipfile
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree

BATCH_INIT, BATCH_IN_PROGRESS, BATCH_COMPLETE, BATCH_ABORTED, BATCH_RETIRED = 0, 1, 2, 3, 4
ERR_DB_NOT_FOUND = -136
ERR_BAD_PASSWD = -206
VALID_NAME = re.compile(r"^[A-Za-z0-9_. -]{1,255}$")


def md5(data):
    return hashlib.md5(data).hexdigest()


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.users = {}  # authenticator -> user dict
        self.apps = {"docker_app": None}  # name -> file_info count of templates/<app>_in, or None
        self.files = {}  # physical name -> bytes (the download hierarchy)
        self.batches = {}  # id -> batch dict
        self.next_batch = 1
        self.next_wu = 100
        self.requests = []  # (script, op) in arrival order
        self.server_status = None  # server_status.php?xml=1 body (set_server_status)
        self.switches = {
            "drop_upload": 0,  # close the connection halfway through the next N uploads
            "drop_submit": 0,  # drop the next N submit_batch requests
            "drop_submit_when": "after",  # "before" or "after" creating the batch
            "drop_submit_then": 0,  # after a dropped submit_batch, drop the next N requests of any kind
            "drop_any": 0,  # drop the next N requests of any kind (unanswered, connection closed)
            "slow_ms": 0,  # delay every reply
            "warning": False,  # add a PHP warning (<error> with error_num 0) to replies
        }
        self.add_user(1, "alice@example.org", "secret", "a1b2c3d4e5f60718293a4b5c6d7e8f90", True)
        self.add_user(2, "bob@example.org", "hunter2", "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0", False)

    def add_user(self, uid, email, password, authenticator, submit):
        self.users[authenticator] = {
            "id": uid,
            "email": email.lower(),
            "passwd_hash": md5((password + email.lower()).encode()),
            "authenticator": authenticator,
            "submit": submit,
        }

    def user_by_email(self, email):
        for u in self.users.values():
            if u["email"] == email.lower():
                return u
        return None

    def batch_by_name(self, name):
        for b in self.batches.values():
            if b["name"] == name:
                return b
        return None

    def find_wu(self, name):
        for b in self.batches.values():
            for j in b["jobs"]:
                if j["name"] == name:
                    return b, j
        return None, None

    def update_batch_state(self, b):
        # BOINC recomputes the state lazily on query (get_batch_params).
        if b["state"] == BATCH_IN_PROGRESS and b["jobs"]:
            if all(j["status"] in ("done", "error") for j in b["jobs"]):
                b["state"] = BATCH_COMPLETE
                b["completion_time"] = int(time.time())


STATE = State()


class RpcError(Exception):
    def __init__(self, msg, num=-1):
        super().__init__(msg)
        self.num = num
        self.msg = msg


class Dropped(Exception):
    pass


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_error_text(e):
    return "<error>\n<error_num>%d</error_num>\n<error_msg>%s</error_msg>\n</error>\n" % (e.num, esc(e.msg))


def check_user(r, need_submit=True):
    auth = (r.findtext("authenticator") or "").strip()
    if not auth:
        raise RpcError("no authenticator")
    user = STATE.users.get(auth)
    if not user:
        raise RpcError("bad authenticator")
    if need_submit and not user["submit"]:
        raise RpcError("no submit access")
    return user


def get_batch(r, user):
    bid = (r.findtext("batch_id") or "").strip()
    name = r.findtext("batch_name")
    b = None
    if bid:
        b = STATE.batches.get(int(bid)) if bid.isdigit() else None
    elif name is not None:
        b = STATE.batch_by_name(name)
    if not b:
        raise RpcError("no such batch")
    if b["user_id"] != user["id"]:
        raise RpcError("not owner of batch")
    return b


def batch_params(b):
    STATE.update_batch_state(b)
    ndone = sum(1 for j in b["jobs"] if j["status"] == "done")
    nerr = sum(1 for j in b["jobs"] if j["status"] == "error")
    frac = (ndone + nerr) / len(b["jobs"]) if b["jobs"] else 0
    return (
        "<id>%d</id>\n<create_time>%d</create_time>\n<expire_time>0</expire_time>\n"
        "<est_completion_time>0</est_completion_time>\n<njobs>%d</njobs>\n<fraction_done>%g</fraction_done>\n"
        "<nerror_jobs>%d</nerror_jobs>\n<state>%d</state>\n<completion_time>%d</completion_time>\n"
        "<credit_estimate>0</credit_estimate>\n<credit_canonical>0</credit_canonical>\n"
        "<name>%s</name>\n<app_name>%s</app_name>\n"
        % (b["id"], b["create_time"], len(b["jobs"]), frac, nerr, b["state"], b.get("completion_time", 0),
           esc(b["name"]), esc(b["app"]))
    )


def op_submit_batch(r, handler):
    batch = r.find("batch")
    if batch is None:
        raise RpcError("no batch")
    app = batch.findtext("app_name") or ""
    if app not in STATE.apps:
        raise RpcError("app not found: %s" % app)
    user = check_user(r)
    jobs = batch.findall("job")
    app_count = STATE.apps[app]
    for i, job in enumerate(jobs):
        n = len(job.findall("input_file"))
        if app_count is not None and n != app_count:
            raise RpcError("wrong # of input files for job %d: need %d, got %d" % (i, app_count, n))
        tmpl = job.find("input_template")
        if tmpl is not None:
            need = len(tmpl.findall("file_info"))
            if n != need:
                raise RpcError("wrong # of input files for job %d: need %d, got %d" % (i, need, n))
        for f in job.findall("input_file"):
            mode = f.findtext("mode")
            src = f.findtext("source") or ""
            if mode == "local_staged" and src not in STATE.files:
                raise RpcError("create_work failed: input file %s not found in download hierarchy" % src)
    if STATE.switches["drop_submit"] > 0 and STATE.switches["drop_submit_when"] == "before":
        STATE.switches["drop_submit"] -= 1
        STATE.switches["drop_any"] = STATE.switches["drop_submit_then"]
        raise Dropped()
    bid_text = (batch.findtext("batch_id") or "").strip()
    if bid_text:
        b = STATE.batches.get(int(bid_text)) if bid_text.isdigit() else None
        if not b or b["user_id"] != user["id"]:
            raise RpcError("no such batch")
        if b["state"] != BATCH_INIT:
            raise RpcError("batch not in init state")
    else:
        b = {"id": STATE.next_batch, "name": batch.findtext("batch_name") or "", "app": app,
             "user_id": user["id"], "state": BATCH_INIT, "create_time": int(time.time()), "jobs": []}
        STATE.batches[b["id"]] = b
        STATE.next_batch += 1
    for i, job in enumerate(jobs):
        STATE.next_wu += 1
        b["jobs"].append({
            "id": STATE.next_wu,
            "name": job.findtext("name") or "%s_%d" % (b["name"] or "batch_%d" % b["id"], i),
            "status": "queued", "exit_status": 0, "cpu_time": 0, "canonical": 0, "outputs": [],
            "inputs": [f.findtext("source") for f in job.findall("input_file")],
            "has_input_template": job.find("input_template") is not None,
            "has_output_template": job.find("output_template") is not None,
        })
    b["state"] = BATCH_IN_PROGRESS
    if STATE.switches["drop_submit"] > 0:
        STATE.switches["drop_submit"] -= 1
        STATE.switches["drop_any"] = STATE.switches["drop_submit_then"]
        raise Dropped()
    return "<batch_id>%d</batch_id>\n" % b["id"]


def op_create_batch(r, handler):
    app = r.findtext("app_name") or ""
    if app not in STATE.apps:
        raise RpcError("app not found: %s" % app)
    user = check_user(r)
    b = {"id": STATE.next_batch, "name": r.findtext("batch_name") or "", "app": app, "user_id": user["id"],
         "state": BATCH_INIT, "create_time": int(time.time()), "jobs": []}
    STATE.batches[b["id"]] = b
    STATE.next_batch += 1
    return "<batch_id>%d</batch_id>\n" % b["id"]


def op_query_batch(r, handler):
    user = check_user(r, need_submit=False)
    b = get_batch(r, user)
    details = (r.findtext("get_job_details") or "0").strip() == "1"
    out = batch_params(b)
    for j in b["jobs"]:
        out += "<job>\n<id>%d</id>\n<name>%s</name>\n<canonical_instance_id>%d</canonical_instance_id>\n" % (
            j["id"], esc(j["name"]), j["canonical"])
        if details:
            out += "<status>%s</status>\n" % j["status"]
            if j["status"] == "error":
                out += "<error>%s</error>\n" % esc(j.get("error", "0x1"))
            out += "<exit_status>%d</exit_status>\n<cpu_time>%g</cpu_time>\n" % (j["exit_status"], j["cpu_time"])
        out += "</job>\n"
    return out


def op_query_batches(r, handler):
    user = check_user(r, need_submit=False)
    out = ""
    for b in STATE.batches.values():
        if b["user_id"] == user["id"] and b["state"] != BATCH_RETIRED:
            out += "<batch>\n" + batch_params(b) + "</batch>\n"
    return out


def op_abort_batch(r, handler):
    user = check_user(r, need_submit=False)
    b = get_batch(r, user)
    for j in b["jobs"]:
        if j["status"] != "done":
            j["status"] = "error"
            j["error"] = "0x8"  # WU_ERROR_CANCELLED
    b["state"] = BATCH_ABORTED
    return "<success>1</success>\n"


def op_retire_batch(r, handler):
    user = check_user(r, need_submit=False)
    b = get_batch(r, user)
    b["state"] = BATCH_RETIRED
    for j in b["jobs"]:
        j["outputs"] = []  # results/<batch> is removed
    return "<success>1</success>\n"


def op_abort_jobs(r, handler):
    user = check_user(r, need_submit=False)
    out = ""
    for name in r.findall("job_name"):
        b, j = STATE.find_wu(name.text or "")
        if not j or b["user_id"] != user["id"]:
            raise RpcError("not owner")
        j["status"] = "error"
        j["error"] = "0x8"
        out += "<aborted %s>\n" % j["name"]  # what the real handler prints: not XML
    return out + "<success>1</success>\n"


def op_ping(r, handler):
    return "<success>1</success>\n"


SUBMIT_OPS = {
    "submit_batch": op_submit_batch,
    "create_batch": op_create_batch,
    "query_batch": op_query_batch,
    "query_batches": op_query_batches,
    "abort_batch": op_abort_batch,
    "retire_batch": op_retire_batch,
    "abort_jobs": op_abort_jobs,
    "ping": op_ping,
}


def op_query_files(r, handler):
    check_user(r)
    out = "<absent_files>\n"
    for i, n in enumerate(r.findall("phys_name")):
        name = n.text or ""
        if not VALID_NAME.match(name):
            raise RpcError("bad filename")
        if name not in STATE.files:
            out += "<file>%d</file>\n" % i
    return out + "</absent_files>\n"


def op_upload_files(r, handler):
    check_user(r)
    names = [n.text or "" for n in r.findall("phys_name")]
    parts = handler.uploaded_parts
    if len(parts) != len(names):
        raise RpcError("# of uploaded files (%d) doesn't agree with request (%d)" % (len(parts), len(names)))
    for name in names:
        if not VALID_NAME.match(name):
            raise RpcError("bad filename")
    for name, data in zip(names, parts):
        if name in STATE.files and STATE.files[name] != data:
            raise RpcError("file immutability violation for %s" % name)
        STATE.files[name] = data
    return "<success/>\n"


FILE_OPS = {"query_files": op_query_files, "upload_files": op_upload_files}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Apache"

    def setup(self):
        if isinstance(self.request, ssl.SSLSocket):
            self.request.do_handshake()  # raises for a client that refuses the certificate
        super().setup()

    def log_message(self, fmt, *args):
        sys.stderr.write("fake_submit_server: " + (fmt % args) + "\n")

    def reply(self, status, body, content_type="text/xml", extra=None):
        delay = STATE.switches["slow_ms"]
        if delay:
            time.sleep(delay / 1000.0)
        data = body if isinstance(body, bytes) else body.encode("iso-8859-1", "xmlcharrefreplace")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def drop(self):
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def xml_reply(self, outer, inner):
        prolog = '<?xml version="1.0" encoding="ISO-8859-1" ?>\n'
        warning = ""
        if STATE.switches["warning"]:
            warning = "<error>\n<error_num>0</error_num>\n<error_msg>PHP Warning: fake notice</error_msg>\n</error>\n"
        if outer:
            self.reply(200, prolog + "<%s>\n%s%s</%s>\n" % (outer, warning, inner, outer))
        else:
            self.reply(200, prolog + warning + inner)

    def dropped_any(self, script):
        with STATE.lock:
            if STATE.switches["drop_any"] <= 0:
                return False
            STATE.switches["drop_any"] -= 1
            STATE.requests.append((script, "(dropped)"))
        self.drop()
        return True

    def do_POST(self):
        path = urllib.parse.urlparse(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        script = path.rsplit("/", 1)[-1]
        if self.dropped_any(script):
            return
        if script == "job_file.php" and "multipart/form-data" in (self.headers.get("Content-Type") or ""):
            with STATE.lock:
                drop = STATE.switches["drop_upload"] > 0
                if drop:
                    STATE.switches["drop_upload"] -= 1
                    STATE.requests.append((script, "upload_files (dropped)"))
            if drop:
                self.rfile.read(max(1, length // 2))
                return self.drop()
        body = self.rfile.read(length)
        fields, self.uploaded_parts = self.form(body)
        ops = {"submit_rpc_handler.php": SUBMIT_OPS, "job_file.php": FILE_OPS}.get(script)
        if ops is None:
            return self.reply(404, "<html><body>Not Found</body></html>", "text/html")
        try:
            r = ElementTree.fromstring(fields.get("request", b""))
        except ElementTree.ParseError:
            return self.xml_reply(None, xml_error_text(RpcError("can't parse request message")))
        op = ops.get(r.tag)
        if op is None:
            return self.xml_reply(None, xml_error_text(RpcError("no such action")))
        with STATE.lock:
            STATE.requests.append((script, r.tag))
            try:
                inner = op(r, self)
            except RpcError as e:
                inner = xml_error_text(e)
            except Dropped:
                inner = None
        if inner is None:
            return self.drop()
        self.xml_reply(r.tag, inner)

    def form(self, body):
        """The form fields and, for multipart, the file parts in order."""
        ctype = self.headers.get("Content-Type") or ""
        if "multipart/form-data" in ctype:
            msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
            fields, files = {}, []
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                data = part.get_payload(decode=True) or b""
                if part.get_param("filename", header="content-disposition") is not None:
                    files.append(data)
                else:
                    fields[name] = data
            return fields, files
        q = urllib.parse.parse_qs(body.decode("latin-1"), keep_blank_values=True)
        return {k: v[0].encode("latin-1") for k, v in q.items()}, []

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        script = url.path.rsplit("/", 1)[-1]
        if self.dropped_any(script):
            return
        q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        with STATE.lock:
            STATE.requests.append((script, q.get("cmd", "")))
        if script == "lookup_account.php":
            return self.lookup_account(q)
        if script == "server_status.php":
            # As server_status.php: the XML export with xml=1, an HTML page otherwise. The XML is
            # whatever the test set (files in the real format under tests/data/server).
            with STATE.lock:
                page = STATE.server_status
            if page is None:
                return self.reply(404, "<html><body>Not Found</body></html>", "text/html")
            if q.get("xml") == "1":
                return self.reply(200, page, "text/xml")
            return self.reply(200, "<html><head><title>Server status</title></head><body></body></html>",
                              "text/html; charset=utf-8")
        if script == "get_output.php":
            with STATE.lock:
                result = self.get_output(q)
            if isinstance(result, str):
                return self.reply(200, result, "text/html; charset=UTF-8")
            data, filename, ctype = result
            return self.reply(200, data, ctype,
                              {"Content-Disposition": 'attachment; filename="%s"' % filename})
        self.reply(404, "<html><body>Not Found</body></html>", "text/html")

    def lookup_account(self, q):
        with STATE.lock:
            user = STATE.user_by_email(q.get("email_addr", ""))
            if not user:
                return self.xml_reply(None, xml_error_text(RpcError("not found", ERR_DB_NOT_FOUND)))
            if q.get("passwd_hash", "") != user["passwd_hash"]:
                return self.xml_reply(None, xml_error_text(RpcError("bad password", ERR_BAD_PASSWD)))
            self.xml_reply("account_out", "<authenticator>%s</authenticator>\n" % user["authenticator"])

    def get_output(self, q):
        cmd = q.get("cmd", "")
        auth_str = q.get("auth_str", "")
        if cmd == "workunit_file":
            b, j = STATE.find_wu(q.get("wu_name", ""))
            if not j:
                return "ERROR: no such workunit"
            owner = next(u for u in STATE.users.values() if u["id"] == b["user_id"])
            if auth_str != owner["authenticator"]:
                return "ERROR: bad authenticator"
            return self.output_file(j, q)
        if cmd == "result_file":
            name = q.get("result_name", "")
            b, j = STATE.find_wu(name.rsplit("_", 1)[0]) if "_" in name else (None, None)
            if not j or name != j["name"] + "_0":
                return "ERROR: no such result"
            owner = next(u for u in STATE.users.values() if u["id"] == b["user_id"])
            if auth_str != md5((owner["authenticator"] + name).encode()):
                return "ERROR: bad authenticator"
            return self.output_file(j, q)
        if cmd == "batch_files":
            bid = q.get("batch_id", "")
            b = STATE.batches.get(int(bid)) if bid.isdigit() else None
            if not b:
                return "ERROR: no such batch"
            owner = next(u for u in STATE.users.values() if u["id"] == b["user_id"])
            if auth_str != md5((owner["authenticator"] + bid).encode()):
                return "ERROR: bad authenticator"
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                for j in b["jobs"]:
                    for i, data in enumerate(j["outputs"]):
                        z.writestr("%s_0_%d" % (j["name"], i), data)
            return buf.getvalue(), "batch_%s.zip" % bid, "application/zip"
        return "ERROR: bad command"

    def output_file(self, j, q):
        if j["status"] != "done" or not j["canonical"]:
            return "ERROR: no canonical result for %s" % j["name"]
        num = q.get("file_num", "")
        if not num.isdigit() or int(num) >= len(j["outputs"]):
            return "ERROR: bad file num"
        return j["outputs"][int(num)], "%s_0_%s" % (j["name"], num), "application/octet-stream"


class Control(BaseHTTPRequestHandler):
    """POST /control {"cmd": ...}:
    state                           -> batches, files (name -> md5), requests, switches
    set {switch: value, ...}        -> drop_upload, drop_submit, drop_submit_when, drop_submit_then,
                                       drop_any, slow_ms, warning (see State.switches)
    set_job {wu, status, exit_status, outputs: [text], canonical}
    set_app {app, input_count}      -> an app; input_count: file_infos of templates/<app>_in (null: none)
    set_server_status {xml}         -> the body of server_status.php?xml=1 (null: 404)
    add_user {id, email, password, authenticator, submit}
    """

    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            c = json.loads(body or b"{}")
            with STATE.lock:
                out = self.run(c)
            status = 200
        except Exception as e:  # the test sees the reason
            out, status = {"error": repr(e)}, 400
        data = json.dumps(out).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def run(self, c):
        cmd = c.get("cmd")
        if cmd == "state":
            batches = []
            for b in STATE.batches.values():
                STATE.update_batch_state(b)
                batches.append({k: v for k, v in b.items() if k != "jobs"} | {
                    "jobs": [{k: v for k, v in j.items() if k != "outputs"} for j in b["jobs"]]})
            return {"batches": batches, "files": {n: md5(d) for n, d in STATE.files.items()},
                    "requests": [list(r) for r in STATE.requests], "switches": STATE.switches}
        if cmd == "set":
            for k, v in c.items():
                if k != "cmd":
                    if k not in STATE.switches:
                        raise KeyError(k)
                    STATE.switches[k] = v
            return {"ok": True}
        if cmd == "set_job":
            b, j = STATE.find_wu(c["wu"])
            if not j:
                raise KeyError(c["wu"])
            j["status"] = c.get("status", j["status"])
            j["exit_status"] = c.get("exit_status", j["exit_status"])
            if "outputs" in c:
                j["outputs"] = [o.encode() for o in c["outputs"]]
            if j["status"] == "done":
                j["canonical"] = c.get("canonical", j["id"] * 10)
            STATE.update_batch_state(b)
            return {"ok": True, "batch_state": b["state"]}
        if cmd == "set_server_status":
            STATE.server_status = c.get("xml")
            return {"ok": True}
        if cmd == "set_app":
            STATE.apps[c["app"]] = c.get("input_count")
            return {"ok": True}
        if cmd == "add_user":
            STATE.add_user(c["id"], c["email"], c["password"], c["authenticator"], c.get("submit", True))
            return {"ok": True}
        raise ValueError("unknown cmd %r" % cmd)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--control-port", type=int, required=True)
    p.add_argument("--cert", help="PEM server certificate (chain); without it: plain HTTP")
    p.add_argument("--key", help="PEM private key")
    a = p.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    server.daemon_threads = True
    if a.cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.cert, a.key)
        # The handshake runs in the request's thread, so a client that refuses the
        # certificate does not hold up the others.
        server.socket = ctx.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    control = ThreadingHTTPServer(("127.0.0.1", a.control_port), Control)
    control.daemon_threads = True
    threading.Thread(target=control.serve_forever, daemon=True).start()
    sys.stderr.write("fake_submit_server: listening on %d (control %d)\n" % (a.port, a.control_port))
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()

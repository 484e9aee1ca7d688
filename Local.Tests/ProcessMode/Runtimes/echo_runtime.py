# A minimal custom runtime: answers every event with {"echo": <event>, "pid": <process id>}.
import json, os, urllib.request

api = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime/invocation/"
while True:
    with urllib.request.urlopen(api + "next") as next_event:
        request_id = next_event.headers["Lambda-Runtime-Aws-Request-Id"]
        event = json.loads(next_event.read())
    body = json.dumps({"echo": event, "pid": os.getpid(), "handler": os.environ["_HANDLER"]}).encode()
    urllib.request.urlopen(urllib.request.Request(api + request_id + "/response", data=body, method="POST")).read()

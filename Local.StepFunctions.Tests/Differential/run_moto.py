"""Runs every differential case in moto's ASL interpreter, in one process, and prints the results as one JSON object.

Usage: python3 run_moto.py CASES_FOLDER
Output: {"<case>": {"status": "SUCCEEDED", "output": ...} | {"status": "FAILED", "error": ..., "cause": ...}
         | {"status": "REJECTED", "cause": "<why CreateStateMachine refused the definition>"}}
All executions are started first and then awaited, so Wait states and retry intervals overlap. Each case runs in
its own moto account: moto deep-copies a state machine together with its backend when starting an execution, which
fails once that backend holds another execution.
"""

import json
import pathlib
import sys
import time

try:
    import boto3
    from moto import mock_aws
except ImportError as missing:
    sys.stderr.write(f"moto is not installed: pip install 'moto[server]' ({missing})\n")
    sys.exit(3)

ROLE = "arn:aws:iam::123456789012:role/differential"
DEADLINE_SECONDS = 50


def load_cases(folder):
    cases = {}
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        with path.open(encoding="utf-8") as file:
            cases[path.stem] = json.load(file)
    return cases


def optional_json(text):
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        # moto occasionally writes a non-JSON output; keep it verbatim so the comparison shows it.
        return {"unparseableMotoOutput": text}


class AccountRouter:
    """Sends each request to the moto account of the case being handled (moto reads the x-moto-account-id header)."""

    def __init__(self, client):
        self.account = None
        client.meta.events.register("before-sign.stepfunctions.*", self.add_header)

    def add_header(self, request, **_):
        request.headers["x-moto-account-id"] = self.account


def run(cases):
    client = boto3.client("stepfunctions", region_name="us-east-1")
    router = AccountRouter(client)
    accounts = {name: f"{100000000000 + index}" for index, name in enumerate(cases)}
    results, running = {}, {}
    for name, case in cases.items():
        router.account = accounts[name]
        try:
            machine = client.create_state_machine(name=name, definition=json.dumps(case["definition"]), roleArn=ROLE)
        except client.exceptions.ClientError as rejected:
            results[name] = {"status": "REJECTED", "cause": str(rejected)}
            continue
        try:
            execution = client.start_execution(stateMachineArn=machine["stateMachineArn"], input=json.dumps(case["input"]))
        except Exception as crashed:  # moto itself failing is a result to report, not a reason to lose the other cases
            results[name] = {"status": "MOTO_CRASHED", "cause": f"{type(crashed).__name__}: {crashed}"}
            continue
        running[name] = execution["executionArn"]

    deadline = time.monotonic() + DEADLINE_SECONDS
    while running and time.monotonic() < deadline:
        for name, arn in list(running.items()):
            router.account = accounts[name]
            described = client.describe_execution(executionArn=arn)
            if described["status"] == "RUNNING":
                continue
            del running[name]
            result = {"status": described["status"]}
            if described["status"] == "SUCCEEDED":
                result["output"] = optional_json(described.get("output"))
            else:
                result["error"] = described.get("error")
                result["cause"] = described.get("cause")
            results[name] = result
        time.sleep(0.02)
    for name in running:
        results[name] = {"status": "STILL_RUNNING", "cause": f"not finished after {DEADLINE_SECONDS} s"}
    return results


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python3 run_moto.py CASES_FOLDER\n")
        return 2
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        results = run(load_cases(sys.argv[1]))
    json.dump(dict(sorted(results.items())), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# A runtime that takes an event and never answers, as a function that runs past its timeout.
import os, sys, time, urllib.request

api = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime/invocation/"
urllib.request.urlopen(api + "next").read()
print("event received", flush=True)
time.sleep(3600)

# A runtime that takes an event and dies, as a function process that crashes mid-invocation.
import os, sys, urllib.request

api = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime/invocation/"
urllib.request.urlopen(api + "next").read()
sys.exit(3)

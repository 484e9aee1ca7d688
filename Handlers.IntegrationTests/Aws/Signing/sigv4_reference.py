"""Prints botocore's SigV4 Authorization header for fixed SNS Publish requests, as JSON test data.

Regenerate the data file with:
    python3 Handlers.IntegrationTests/Aws/Signing/sigv4_reference.py > Handlers.IntegrationTests/Aws/Signing/sigv4-reference.json
"""
import datetime
import json
import sys

import botocore
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

SIGNED_AT = datetime.datetime(2026, 3, 14, 9, 26, 53)
CASES = [
    {
        "name": "publish with session token",
        "url": "https://sns.eu-west-1.amazonaws.com/",
        "region": "eu-west-1",
        "accessKey": "AKIDEXAMPLE",
        "secretKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        "sessionToken": "IQoJb3JpZ2luX2VjEXAMPLETOKEN/with+slash=",
        "body": "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A123456789012%3Aorders"
                "&Message=Hello%20J%C3%BCrgen%2C%20order%20ord-1001%20is%20confirmed.&Subject=Order%20ord-1001%20confirmed"
                "&MessageAttributes.entry.1.Name=orderId&MessageAttributes.entry.1.Value.DataType=String"
                "&MessageAttributes.entry.1.Value.StringValue=ord-1001",
    },
    {
        "name": "publish to a custom endpoint with a port, long-term keys",
        "url": "http://127.0.0.1:4566/",
        "region": "us-east-1",
        "accessKey": "AKIAIOSFODNN7EXAMPLE",
        "secretKey": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "sessionToken": None,
        "body": "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3At&Message=m",
    },
]


def sign(case):
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: SIGNED_AT
    request = AWSRequest(
        method="POST",
        url=case["url"],
        data=case["body"].encode("utf-8"),
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    credentials = Credentials(case["accessKey"], case["secretKey"], case["sessionToken"])
    botocore.auth.SigV4Auth(credentials, "sns", case["region"]).add_auth(request)
    return dict(case, amzDate=request.headers["X-Amz-Date"], authorization=request.headers["Authorization"])


json.dump(
    {
        "producedBy": "python3 Handlers.IntegrationTests/Aws/Signing/sigv4_reference.py (botocore " + botocore.__version__ + ")",
        "signedAt": SIGNED_AT.isoformat() + "Z",
        "cases": [sign(case) for case in CASES],
    },
    sys.stdout,
    indent=2,
)
sys.stdout.write("\n")

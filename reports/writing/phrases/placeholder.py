"""What a generated report prints where the portal does not know what to say."""

# An editor fills it in; the checks and the parser both know it as unsettled text.
PLACEHOLDER = "[……]"

"""The domain's vocabulary: plain enums and labels shared by every layer (no I/O, no Qt)."""

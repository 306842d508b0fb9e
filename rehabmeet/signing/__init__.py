"""PAdES signatures with pyHanko: the signers' certificates, signing with a visible box, verifying."""

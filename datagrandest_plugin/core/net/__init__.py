"""The network side: the transport (the only HTTP), the disk cache, credentials by origin, safe XML and JSON."""

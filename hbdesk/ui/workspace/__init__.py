"""The client workspace: the process path and the stage pages of one client."""

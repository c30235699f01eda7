"""Files on disk, the low level: the one atomic writer every save goes through, and what reading a
damaged zip (a .keras, .npz or workspace file) can raise."""

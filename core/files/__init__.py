"""Files on disk: the one atomic writer, workspace (.digitscope) files, what a damaged zip raises."""

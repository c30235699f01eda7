"""The window that holds the areas: start-up, menus, file actions, autosave, workspaces, the
guided tour, shortcuts, the error handler and the language. Only the shell (and the benchmark)
knows every area; the areas meet here or through gui.session."""

"""The model as plain data (ModelSpec) and everything derived from it without training: shapes,
Param #, checks, the Keras summary text, explanations, memory estimates; building it in Keras,
reading and writing .keras files and workspaces (.digitscope: a model with its weights, runs and
drawing), the Python script export, and opening a model by name."""

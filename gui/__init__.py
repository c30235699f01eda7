"""DigitScope's Qt user interface; reaches TensorFlow only through core/."""

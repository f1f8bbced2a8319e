// Tests added with issue 4.

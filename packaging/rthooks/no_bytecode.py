"""PyInstaller runtime hook: never write bytecode caches.

Alembic imports the migration scripts from their files inside the bundle; without this, Python could leave
__pycache__ folders there. The app writes only to the user's data folder.
"""

import sys

sys.dont_write_bytecode = True

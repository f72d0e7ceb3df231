"""Data files of the events component (see ``plover/NOTICE.md`` for the derived CC BY-SA file)."""

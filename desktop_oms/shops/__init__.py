"""Order intake parsers: files from shops and people turned into checked domain data."""

"""The search box over paragraphs, recommendations, titles and symbols, and its API."""

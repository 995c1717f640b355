"""The explorer page's own assets (page.html, explorer.css, explorer.js), read by ``kg_builder.visualize``."""

"""Page types of legal documents: vocabularies of 45 languages and a trained classifier (no Scrapy)."""

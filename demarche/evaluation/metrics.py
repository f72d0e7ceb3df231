"""The precision/recall/F1 arithmetic every evaluation task shares."""


def prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; 0.0 wherever a denominator is empty."""
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1

import base64

def image_to_data_url(raw: bytes) -> str:
    encoded_image = base64.b64encode(raw).decode("ascii")
    return "data:image/png;base64," + encoded_image

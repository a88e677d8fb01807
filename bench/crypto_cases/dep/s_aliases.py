import yaml
import cv2
from sklearn.model_selection import train_test_split
from PIL import Image
from bs4 import BeautifulSoup

from django import forms

from .models import Plotholder


class ContactForm(forms.ModelForm):
    class Meta:
        model = Plotholder
        fields = ["phone", "address"]
